#include "AuditExport.h"

#include <optional>

#include "AuditLog.h"
#include "core/Csv.h"
#include "core/WriteAll.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDevice>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>

namespace Keyward::Audit {

namespace {

constexpr const char *kFormatName = "keyward-audit-export";

void appendEventLine(QByteArray &out, const CanonicalFields &event, const QByteArray &hash,
                     const QByteArray &previousHash = {})
{
    out.append("{\"type\":\"event\",\"seq\":");
    out.append(QByteArray::number(event.seq));
    out.append(",\"time\":");
    appendJsonString(out, event.time);
    out.append(",\"actor\":{\"user\":");
    appendJsonString(out, event.actorUser);
    out.append(",\"host\":");
    appendJsonString(out, event.actorHost);
    out.append("},\"action\":");
    appendJsonString(out, event.action);
    out.append(",\"target\":");
    appendJsonString(out, event.target);
    out.append(",\"outcome\":");
    appendJsonString(out, event.outcome);
    out.append(",\"details\":");
    out.append(event.details);
    out.append(",\"hash\":\"");
    out.append(hash.toHex());
    if (!previousHash.isEmpty()) {
        out.append("\",\"prev_hash\":\"");
        out.append(previousHash.toHex());
    }
    out.append("\"}\n");
}

QByteArray checkpointLine(const Checkpoint &checkpoint)
{
    const QJsonObject line {{QLatin1String("type"), QLatin1String("checkpoint")},
                            {QLatin1String("seq"), checkpoint.seq},
                            {QLatin1String("head_hash"), QString::fromLatin1(checkpoint.headHash.toHex())},
                            {QLatin1String("time"), checkpoint.time},
                            {QLatin1String("mac"), QString::fromLatin1(checkpoint.mac.toHex())}};
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

Result<qint64> AuditExport::writeSelection(Storage::Database &db, QIODevice &out, const QString &profileId,
                                           const AuditFilter &filter, const QList<qint64> &seqs, SelectionFormat format)
{
    KW_TRY(db.exec("BEGIN")); // a consistent snapshot
    auto result = [&]() -> Result<qint64> {
        AuditLog log(db, {});
        auto head = log.head();
        KW_TRY(head);
        const bool csv = format == SelectionFormat::Csv;
        if (csv) {
            KW_TRY(writeAll(out, "seq,time,actor_user,actor_host,action,target,outcome,details,hash,prev_hash\r\n"));
        } else {
            const QJsonObject header {
                {QLatin1String("type"), QLatin1String("keyward-audit-selection")},
                {QLatin1String("version"), 1},
                {QLatin1String("profile"), profileId},
                {QLatin1String("selection"),
                 seqs.isEmpty() ? filter.describe() : tr("%n selected event(s)", nullptr, int(seqs.size()))},
                {QLatin1String("order"), QLatin1String("newest-first")},
                {QLatin1String("head"),
                 QJsonObject {{QLatin1String("seq"), head->seq},
                              {QLatin1String("hash"), QString::fromLatin1(head->hash.toHex())}}},
                {QLatin1String("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
            KW_TRY(writeAll(out, QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n'));
        }
        auto previous = db.prepare("SELECT hash FROM audit_events WHERE seq = ?");
        KW_TRY(previous);
        auto trimmed = AuditLog::trimmedThrough(db);
        KW_TRY(trimmed);
        auto anchor = db.prepare("SELECT head_hash FROM audit_checkpoints WHERE seq = ?");
        KW_TRY(anchor);
        // The hash the event chains to: the event before it; for the first event after a retention trim, the head
        // hash of the signed checkpoint that anchors the rest; zeros for the log's first event. Empty when the
        // event before is missing without a trim to account for it (the chain is broken there).
        auto previousHash = [&](qint64 seq) -> Result<QByteArray> {
            if (seq == 1)
                return QByteArray(32, '\0');
            previous->reset();
            previous->bind(1, seq - 1);
            auto row = previous->step();
            KW_TRY(row);
            if (row.value())
                return previous->blob(0);
            if (seq - 1 != trimmed.value())
                return QByteArray();
            anchor->reset();
            anchor->bind(1, seq - 1);
            auto anchored = anchor->step();
            KW_TRY(anchored);
            return anchored.value() ? anchor->blob(0) : QByteArray();
        };
        auto write = [&](const QList<AuditEvent> &events) -> Status {
            QByteArray buffer;
            for (const AuditEvent &event : events) {
                auto before = previousHash(event.seq);
                KW_TRY(before);
                if (csv) {
                    buffer.append(QByteArray::number(event.seq));
                    for (const QByteArray &cell :
                         {event.time.toUtf8(), event.actorUser.toUtf8(), event.actorHost.toUtf8(),
                          event.action.toUtf8(), event.target.toUtf8(), event.outcome.toUtf8(), event.details,
                          event.hash.toHex(), before->toHex()}) {
                        buffer.append(',');
                        appendCsvCell(buffer, cell);
                    }
                    buffer.append("\r\n");
                } else {
                    const CanonicalFields fields {event.seq,
                                                  event.time.toUtf8(),
                                                  event.actorUser.toUtf8(),
                                                  event.actorHost.toUtf8(),
                                                  event.action.toUtf8(),
                                                  event.target.toUtf8(),
                                                  event.outcome.toUtf8(),
                                                  event.details};
                    appendEventLine(buffer, fields, event.hash, before.value());
                }
            }
            return writeAll(out, buffer);
        };

        qint64 written = 0;
        if (!seqs.isEmpty()) {
            QList<qint64> sorted = seqs;
            std::sort(sorted.begin(), sorted.end(), std::greater<>());
            auto one = db.prepare("SELECT " KW_AUDIT_EVENT_COLUMNS " FROM audit_events WHERE seq = ?");
            KW_TRY(one);
            QList<AuditEvent> events;
            for (qint64 seq : std::as_const(sorted)) {
                one->reset();
                one->bind(1, seq);
                auto row = one->step();
                KW_TRY(row);
                if (row.value())
                    events.append(eventFromRow(*one));
            }
            KW_TRY(write(events));
            written = events.size();
        } else {
            AuditSearch search(db);
            qint64 before = 0;
            for (;;) {
                auto page = search.page(filter, before, 2000);
                KW_TRY(page);
                if (page->isEmpty())
                    break;
                KW_TRY(write(page.value()));
                written += page->size();
                before = page->last().seq;
            }
        }
        if (!csv) {
            const QJsonObject end {{QLatin1String("type"), QLatin1String("end")}, {QLatin1String("events"), written}};
            KW_TRY(writeAll(out, QJsonDocument(end).toJson(QJsonDocument::Compact) + '\n'));
        }
        return written;
    }();
    db.rollback(); // read-only: ends the snapshot
    return result;
}

Result<AuditExport::Summary> AuditExport::write(Storage::Database &db, QIODevice &out, const QString &profileId)
{
    KW_TRY(db.exec("BEGIN")); // a consistent snapshot
    auto result = [&]() -> Result<Summary> {
        AuditLog log(db, {});
        auto checkpoints = log.checkpoints();
        if (!checkpoints.ok())
            return checkpoints.error();
        QMap<qint64, Checkpoint> bySeq;
        for (const Checkpoint &checkpoint : checkpoints.value())
            bySeq.insert(checkpoint.seq, checkpoint);

        const QJsonObject header {
            {QLatin1String("type"), QLatin1String(kFormatName)},
            {QLatin1String("version"), 1},
            {QLatin1String("profile"), profileId},
            {QLatin1String("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        KW_TRY(writeAll(out, QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n'));
        Summary summary;
        // After retention trimmed the oldest events, the checkpoint that anchors the rest comes first.
        auto trimmed = AuditLog::trimmedThrough(db);
        KW_TRY(trimmed);
        if (const auto anchor = bySeq.constFind(trimmed.value()); trimmed.value() > 0 && anchor != bySeq.constEnd()) {
            auto record = AuditLog::trimRecord(db);
            KW_TRY(record);
            const QJsonObject trim {{QLatin1String("type"), QLatin1String("trim")},
                                    {QLatin1String("through"), record->through},
                                    {QLatin1String("head_hash"), QString::fromLatin1(record->headHash.toHex())},
                                    {QLatin1String("time"), record->time},
                                    {QLatin1String("mac"), QString::fromLatin1(record->mac.toHex())}};
            KW_TRY(writeAll(out, QJsonDocument(trim).toJson(QJsonDocument::Compact) + '\n'));
            KW_TRY(writeAll(out, checkpointLine(*anchor)));
            ++summary.checkpoints;
        }

        auto stmt = db.prepare("SELECT " KW_AUDIT_EVENT_COLUMNS " FROM audit_events ORDER BY seq");
        if (!stmt.ok())
            return stmt.error();
        QByteArray hash;
        QByteArray buffer;
        CanonicalFields fields;
        for (;;) {
            auto row = stmt->step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                break;
            fields = {stmt->int64(0), stmt->utf8(1), stmt->utf8(2), stmt->utf8(3),
                      stmt->utf8(4),  stmt->utf8(5), stmt->utf8(6), stmt->utf8(7)};
            hash = stmt->blob(8); // a copy: the trailer needs it after the last step
            appendEventLine(buffer, fields, hash);
            ++summary.events;
            summary.headSeq = fields.seq;
            if (const auto checkpoint = bySeq.constFind(fields.seq); checkpoint != bySeq.constEnd()) {
                buffer.append(checkpointLine(*checkpoint));
                ++summary.checkpoints;
            }
            if (buffer.size() > 1 << 20) {
                KW_TRY(writeAll(out, buffer));
                buffer.resize(0);
            }
        }
        const QJsonObject trailer {{QLatin1String("type"), QLatin1String("end")},
                                   {QLatin1String("events"), summary.events},
                                   {QLatin1String("checkpoints"), summary.checkpoints},
                                   {QLatin1String("head_seq"), summary.headSeq},
                                   {QLatin1String("head_hash"), QString::fromLatin1(hash.toHex())}};
        buffer.append(QJsonDocument(trailer).toJson(QJsonDocument::Compact) + '\n');
        KW_TRY(writeAll(out, buffer));
        return summary;
    }();
    db.rollback();
    return result;
}

Result<VerifyReport> AuditExport::verify(QIODevice &in, const SecureBytes *checkpointKey)
{
    auto badLine = [](qint64 line, const QString &why) {
        VerifyReport report;
        report.intact = false;
        report.brokenLine = line;
        report.problem = tr("Line %1: %2").arg(line).arg(why);
        return report;
    };
    auto parse = [](const QByteArray &line, QJsonObject *object) {
        QJsonParseError error;
        *object = QJsonDocument::fromJson(line, &error).object();
        return error.error == QJsonParseError::NoError;
    };

    auto checkpointFrom = [](const QJsonObject &object) {
        return Checkpoint {object.value(QLatin1String("seq")).toInteger(),
                           QByteArray::fromHex(object.value(QLatin1String("head_hash")).toString().toLatin1()),
                           object.value(QLatin1String("time")).toString(),
                           QByteArray::fromHex(object.value(QLatin1String("mac")).toString().toLatin1())};
    };
    const bool authenticate = checkpointKey != nullptr && !checkpointKey->isEmpty();

    // Pass 1: the checkpoints, so pass 2 can compare each one when it reaches its event.
    QMap<qint64, Checkpoint> checkpoints;
    for (qint64 lineNo = 1; !in.atEnd(); ++lineNo) {
        const QByteArray line = in.readLine();
        if (!line.contains("\"checkpoint\""))
            continue;
        QJsonObject object;
        if (!parse(line, &object) || object.value(QLatin1String("type")).toString() != QLatin1String("checkpoint"))
            continue;
        const Checkpoint checkpoint = checkpointFrom(object);
        if (checkpoints.contains(checkpoint.seq))
            return badLine(lineNo, tr("a second checkpoint for event %1.").arg(checkpoint.seq));
        checkpoints.insert(checkpoint.seq, checkpoint);
    }
    if (!in.seek(0))
        return Error {ErrorCode::Failure, tr("The export file cannot be read twice (it must be a regular file).")};

    // Signatures are checked in pass 2 at each checkpoint's own line, so a forged one is reported where it is.
    ChainVerifier verifier(checkpoints, nullptr);
    qint64 lastLine = 0;
    qint64 checkpointLines = 0;
    bool sawEvent = false;
    std::optional<TrimRecord> trim; ///< a trim line before the first event
    bool sawHeader = false;
    bool sawEnd = false;
    QJsonObject object;
    for (qint64 lineNo = 1; !in.atEnd(); ++lineNo) {
        const QByteArray line = in.readLine();
        lastLine = lineNo;
        if (sawEnd)
            return badLine(lineNo, tr("text after the closing line."));
        if (!parse(line, &object))
            return badLine(lineNo, tr("not valid JSON (the line was altered or cut)."));
        const QString type = object.value(QLatin1String("type")).toString();
        if (!sawHeader) {
            if (type != QLatin1String(kFormatName) || object.value(QLatin1String("version")).toInt() != 1)
                return badLine(lineNo, tr("this is not a Keyward audit export (no header line)."));
            sawHeader = true;
            continue;
        }
        if (type == QLatin1String("event")) {
            const QJsonObject actor = object.value(QLatin1String("actor")).toObject();
            const CanonicalFields fields {object.value(QLatin1String("seq")).toInteger(),
                                          object.value(QLatin1String("time")).toString().toUtf8(),
                                          actor.value(QLatin1String("user")).toString().toUtf8(),
                                          actor.value(QLatin1String("host")).toString().toUtf8(),
                                          object.value(QLatin1String("action")).toString().toUtf8(),
                                          object.value(QLatin1String("target")).toString().toUtf8(),
                                          object.value(QLatin1String("outcome")).toString().toUtf8(),
                                          canonicalDetails(object.value(QLatin1String("details")).toObject())};
            const QByteArray hash = QByteArray::fromHex(object.value(QLatin1String("hash")).toString().toLatin1());
            sawEvent = true;
            if (!verifier.feed(fields, hash)) {
                VerifyReport report = verifier.finish();
                report.brokenLine = lineNo;
                report.problem = tr("Line %1: %2").arg(lineNo).arg(report.problem);
                report.checkpointsAuthenticated = authenticate;
                return report;
            }
        } else if (type == QLatin1String("checkpoint")) {
            ++checkpointLines;
            const Checkpoint checkpoint = checkpointFrom(object);
            if (authenticate && !checkpoint.isAuthentic(*checkpointKey)) {
                return badLine(lineNo,
                               tr("the checkpoint at event %1 has an invalid signature: it was forged or "
                                  "altered, or the checkpoint key is not this profile's.")
                                   .arg(checkpoint.seq));
            }
            // A checkpoint before the first event anchors a log whose oldest events were trimmed, and only after
            // the signed record of that trim.
            if (!sawEvent) {
                if (!trim || trim->through != checkpoint.seq || trim->headHash != checkpoint.headHash)
                    return badLine(lineNo,
                                   tr("a checkpoint before the first event without the record of a trim "
                                      "that ends there: events were removed."));
                verifier.startAfter(checkpoint);
            }
        } else if (type == QLatin1String("trim")) {
            if (sawEvent || trim)
                return badLine(lineNo, tr("a trim record after the first event, or a second one."));
            trim = TrimRecord {object.value(QLatin1String("through")).toInteger(),
                               QByteArray::fromHex(object.value(QLatin1String("head_hash")).toString().toLatin1()),
                               object.value(QLatin1String("time")).toString(),
                               QByteArray::fromHex(object.value(QLatin1String("mac")).toString().toLatin1())};
            if (authenticate && !trim->isAuthentic(*checkpointKey))
                return badLine(lineNo,
                               tr("the trim record has an invalid signature: events were removed by "
                                  "someone without the checkpoint key."));
        } else if (type == QLatin1String("end")) {
            VerifyReport report = verifier.finish();
            report.checkpointsAuthenticated = authenticate;
            if (!report.intact) {
                report.brokenLine = lineNo;
                report.problem = tr("Line %1: %2").arg(lineNo).arg(report.problem);
                return report;
            }
            if (object.value(QLatin1String("events")).toInteger() != report.eventsChecked
                || object.value(QLatin1String("checkpoints")).toInteger() != checkpointLines
                || object.value(QLatin1String("head_seq")).toInteger() != report.headSeq
                || QByteArray::fromHex(object.value(QLatin1String("head_hash")).toString().toLatin1())
                    != report.headHash) {
                return badLine(lineNo,
                               tr("the closing line does not match the events above it (%1 events up to "
                                  "%2): lines were deleted or added.")
                                   .arg(report.eventsChecked)
                                   .arg(report.headSeq));
            }
            sawEnd = true;
        } else {
            return badLine(lineNo, tr("unknown line type \"%1\".").arg(type));
        }
    }
    if (!sawHeader)
        return badLine(1, tr("the file is empty."));
    if (!sawEnd) // reported one past the last line, where the closing line should be
        return badLine(lastLine + 1, tr("the closing line is missing: the end of the export was cut off."));
    VerifyReport report = verifier.finish();
    report.checkpointsAuthenticated = authenticate;
    return report;
}

} // namespace Keyward::Audit
