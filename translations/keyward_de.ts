<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Keyward</name>
    <message>
        <source>The export could not be written: the disk is full (or a file size limit was reached). Free some space and retry.</source>
        <translation>Der Export konnte nicht geschrieben werden: Der Datenträger ist voll (oder eine Dateigrößenbeschränkung wurde erreicht). Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::AccessService</name>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, dashes, underscores or @, not &quot;%1&quot;.</source>
        <translation>Ein Benutzername besteht aus 1 bis 64 Buchstaben, Ziffern, Punkten, Bindestrichen, Unterstrichen oder @, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Benutzer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The first user of a profile must be a Security Administrator (--role security-admin).</source>
        <translation>Der erste Benutzer eines Profils muss ein Sicherheitsadministrator sein (--role security-admin).</translation>
    </message>
    <message>
        <source>%1 is the last enabled Security Administrator: make another user one first.</source>
        <translation>%1 ist der letzte aktivierte Sicherheitsadministrator: Machen Sie zuerst einen anderen Benutzer zum Sicherheitsadministrator.</translation>
    </message>
    <message>
        <source>The name, password or code is wrong, or the code was used already. Check them and try again.</source>
        <translation>Name, Passwort oder Code sind falsch, oder der Code wurde bereits verwendet. Prüfen Sie Ihre Angaben, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The password is longer than 1024 bytes: no password here is.</source>
        <translation>Das Passwort ist länger als 1024 Bytes: So lang ist hier kein Passwort.</translation>
    </message>
    <message>
        <source>Sign-in needs a user name and a password.</source>
        <translation>Für die Anmeldung sind ein Benutzername und ein Passwort erforderlich.</translation>
    </message>
    <message>
        <source>%1 signs in with a one-time code from the authenticator app (or a recovery code): give it too.</source>
        <translation>%1 meldet sich mit einem Einmalcode aus der Authenticator-App (oder einem Wiederherstellungscode) an: Geben Sie diesen ebenfalls an.</translation>
    </message>
    <message>
        <source>The user %1 is disabled: a Security Administrator can enable it again.</source>
        <translation>Der Benutzer %1 ist deaktiviert: Ein Sicherheitsadministrator kann ihn wieder aktivieren.</translation>
    </message>
    <message>
        <source>The user %1 is disabled: it cannot have API tokens.</source>
        <translation>Der Benutzer %1 ist deaktiviert: Er kann keine API-Tokens haben.</translation>
    </message>
    <message>
        <source>A token of %1 (%2) cannot have the role %3: it would allow more than the user may do.</source>
        <translation>Ein Token von %1 (%2) kann nicht die Rolle %3 haben: Es würde mehr erlauben, als der Benutzer selbst darf.</translation>
    </message>
    <message>
        <source>The token&apos;s expiry must lie in the future.</source>
        <translation>Das Ablaufdatum des Tokens muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed: no token was made.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen: Es wurde kein Token erstellt.</translation>
    </message>
    <message>
        <source>The API token is not valid: it is unknown, expired or revoked. Ask for a new one.</source>
        <translation>Das API-Token ist ungültig: Es ist unbekannt, abgelaufen oder widerrufen. Fordern Sie ein neues an.</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::PasswordHasher</name>
    <message>
        <source>The password is empty: type a password.</source>
        <translation>Das Passwort ist leer: Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>The password is longer than %1 bytes: use a shorter one.</source>
        <translation>Das Passwort ist länger als %1 Bytes: Verwenden Sie ein kürzeres.</translation>
    </message>
    <message>
        <source>The stored password of this user is damaged or was not written by Keyward: an administrator has to set a new password.</source>
        <translation>Das gespeicherte Passwort dieses Benutzers ist beschädigt oder wurde nicht von Keyward geschrieben: Ein Administrator muss ein neues Passwort festlegen.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the password: close other programs and retry.</source>
        <translation>Es ist nicht genügend Arbeitsspeicher vorhanden, um das Passwort zu prüfen: Schließen Sie andere Programme, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The password hashing settings (memory %1 KiB, %2 passes, %3 lanes) are outside what Keyward accepts: check the sign-in settings.</source>
        <translation>Die Einstellungen für das Passwort-Hashing (Speicher %1 KiB, %2 Durchläufe, %3 Lanes) liegen außerhalb dessen, was Keyward akzeptiert: Prüfen Sie die Anmeldeeinstellungen.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed: the password was not set. Retry.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen: Das Passwort wurde nicht festgelegt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The password could not be hashed: retry, or report this as a bug.</source>
        <translation>Das Passwort konnte nicht gehasht werden: Versuchen Sie es erneut, oder melden Sie dies als Fehler.</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::Policy</name>
    <message>
        <source>read the profile&apos;s status</source>
        <translation>den Status des Profils lesen</translation>
    </message>
    <message>
        <source>read and verify the audit log</source>
        <translation>das Audit-Protokoll lesen und prüfen</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>das Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>create and verify backups</source>
        <translation>Sicherungen erstellen und prüfen</translation>
    </message>
    <message>
        <source>rotate the database key, restore backups or export the recovery kit</source>
        <translation>den Datenbankschlüssel rotieren, Sicherungen wiederherstellen oder das Wiederherstellungskit exportieren</translation>
    </message>
    <message>
        <source>see provider apps</source>
        <translation>Provider-Apps ansehen</translation>
    </message>
    <message>
        <source>register, configure or rotate the secret of provider apps</source>
        <translation>Provider-Apps registrieren, konfigurieren oder ihr Secret rotieren</translation>
    </message>
    <message>
        <source>see connections</source>
        <translation>Verbindungen ansehen</translation>
    </message>
    <message>
        <source>connect accounts</source>
        <translation>Konten verbinden</translation>
    </message>
    <message>
        <source>force a token refresh</source>
        <translation>eine Token-Erneuerung erzwingen</translation>
    </message>
    <message>
        <source>ask a provider about a token</source>
        <translation>einen Provider zu einem Token befragen</translation>
    </message>
    <message>
        <source>revoke connections</source>
        <translation>Verbindungen widerrufen</translation>
    </message>
    <message>
        <source>see the token key ring</source>
        <translation>den Token-Schlüsselring ansehen</translation>
    </message>
    <message>
        <source>rotate the token key ring</source>
        <translation>den Token-Schlüsselring rotieren</translation>
    </message>
    <message>
        <source>see background jobs</source>
        <translation>Hintergrund-Jobs ansehen</translation>
    </message>
    <message>
        <source>retry or discard jobs</source>
        <translation>Jobs wiederholen oder verwerfen</translation>
    </message>
    <message>
        <source>run the background workers</source>
        <translation>die Hintergrund-Worker ausführen</translation>
    </message>
    <message>
        <source>see users and API tokens</source>
        <translation>Benutzer und API-Tokens ansehen</translation>
    </message>
    <message>
        <source>manage users and API tokens</source>
        <translation>Benutzer und API-Tokens verwalten</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Sicherheitsadministrator</translation>
    </message>
    <message>
        <source>Compliance Officer</source>
        <translation>Compliance-Beauftragter</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that needs the permission %4. Ask a Security Administrator.</source>
        <translation>%1 (%2) darf nicht %3: Dafür ist die Berechtigung %4 nötig. Wenden Sie sich an einen Sicherheitsadministrator.</translation>
    </message>
    <message>
        <source>see webhook deliveries and sources</source>
        <translation>Webhook-Zustellungen und -Quellen ansehen</translation>
    </message>
    <message>
        <source>configure webhook sources and their secrets</source>
        <translation>Webhook-Quellen und ihre Secrets konfigurieren</translation>
    </message>
    <message>
        <source>replay webhook deliveries</source>
        <translation>Webhook-Zustellungen erneut verarbeiten</translation>
    </message>
    <message>
        <source>set and apply retention policies</source>
        <translation>Aufbewahrungsrichtlinien festlegen und anwenden</translation>
    </message>
    <message>
        <source>generate compliance reports</source>
        <translation>Compliance-Berichte erstellen</translation>
    </message>
    <message>
        <source>schedule compliance reports</source>
        <translation>Compliance-Berichte planen</translation>
    </message>
    <message>
        <source>export what the profile holds about a person</source>
        <translation>exportieren, was das Profil über eine Person enthält</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Es gibt keinen Inhalt für den QR-Code.</translation>
    </message>
    <message>
        <source>The text for the QR code contains a NUL character, which it cannot hold.</source>
        <translation>Der Text für den QR-Code enthält ein NUL-Zeichen, das ein QR-Code nicht aufnehmen kann.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>Der Text ist zu lang für einen QR-Code (%1 Bytes).</translation>
    </message>
    <message>
        <source>The QR code could not be made: retry, or report this as a bug.</source>
        <translation>Der QR-Code konnte nicht erstellt werden: Versuchen Sie es erneut, oder melden Sie dies als Fehler.</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::RecoveryCodes</name>
    <message>
        <source>The system&apos;s random number generator failed: no recovery codes were made. Retry.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen: Es wurden keine Wiederherstellungscodes erstellt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A recovery code could not be hashed: retry, or report this as a bug.</source>
        <translation>Ein Wiederherstellungscode konnte nicht gehasht werden: Versuchen Sie es erneut, oder melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>Between 1 and %1 recovery codes can be made at a time.</source>
        <translation>Pro Vorgang können 1 bis %1 Wiederherstellungscodes erstellt werden.</translation>
    </message>
    <message>
        <source>The stored recovery codes of this user are damaged: an administrator has to reset the user&apos;s two-factor sign-in.</source>
        <translation>Die gespeicherten Wiederherstellungscodes dieses Benutzers sind beschädigt: Ein Administrator muss die Zwei-Faktor-Anmeldung des Benutzers zurücksetzen.</translation>
    </message>
    <message>
        <source>That is not a recovery code: a recovery code has 16 letters and digits, like abcd-efgh-jkmn-pq23.</source>
        <translation>Das ist kein Wiederherstellungscode: Ein Wiederherstellungscode besteht aus 16 Buchstaben und Ziffern, etwa abcd-efgh-jkmn-pq23.</translation>
    </message>
    <message>
        <source>The recovery code is not one of this user&apos;s unused codes: each code works only once. Try another one from your list.</source>
        <translation>Der Wiederherstellungscode gehört nicht zu den unbenutzten Codes dieses Benutzers: Jeder Code funktioniert nur einmal. Versuchen Sie einen anderen Code aus Ihrer Liste.</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::SignInThrottle</name>
    <message numerus="yes">
        <source>Too many failed sign-ins: wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Warten Sie %n Sekunde, und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Warten Sie %n Sekunden, und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Warten Sie %n Minute, und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Warten Sie %n Minuten, und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored count of failed sign-ins is damaged: an administrator has to reset it.</source>
        <translation>Der gespeicherte Zähler fehlgeschlagener Anmeldungen ist beschädigt: Ein Administrator muss ihn zurücksetzen.</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::Totp</name>
    <message>
        <source>The two-factor secret is missing or shorter than %1 bytes: enroll the authenticator app again.</source>
        <translation>Das Zwei-Faktor-Geheimnis fehlt oder ist kürzer als %1 Bytes: Richten Sie die Authenticator-App erneut ein.</translation>
    </message>
    <message>
        <source>Two-factor codes have 6 or 8 digits and use SHA1, SHA256 or SHA512; %1 digits are not supported.</source>
        <translation>Zwei-Faktor-Codes haben 6 oder 8 Ziffern und verwenden SHA1, SHA256 oder SHA512; %1 Ziffern werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The two-factor code could not be computed: retry, or report this as a bug.</source>
        <translation>Der Zwei-Faktor-Code konnte nicht berechnet werden: Versuchen Sie es erneut, oder melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>The clock of this computer is set before 1970: correct it and retry.</source>
        <translation>Die Uhr dieses Computers steht vor 1970: Korrigieren Sie sie, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No two-factor code was given: type the %1 digits your authenticator app shows.</source>
        <translation>Es wurde kein Zwei-Faktor-Code angegeben: Geben Sie die %1 Ziffern ein, die Ihre Authenticator-App anzeigt.</translation>
    </message>
    <message>
        <source>A two-factor code has only digits: type the %1 digits your authenticator app shows.</source>
        <translation>Ein Zwei-Faktor-Code besteht nur aus Ziffern: Geben Sie die %1 Ziffern ein, die Ihre Authenticator-App anzeigt.</translation>
    </message>
    <message>
        <source>The two-factor code has %1 digits, not %2: type the %2 digits your authenticator app shows.</source>
        <translation>Der Zwei-Faktor-Code hat %1 Ziffern, nicht %2: Geben Sie die %2 Ziffern ein, die Ihre Authenticator-App anzeigt.</translation>
    </message>
    <message>
        <source>This two-factor code was already used: wait for the next code and type that one.</source>
        <translation>Dieser Zwei-Faktor-Code wurde bereits verwendet: Warten Sie auf den nächsten Code, und geben Sie diesen ein.</translation>
    </message>
    <message>
        <source>The two-factor code is wrong or has expired: type the code your authenticator app shows now, and check that the clocks of this computer and of your phone are right.</source>
        <translation>Der Zwei-Faktor-Code ist falsch oder abgelaufen: Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt, und prüfen Sie, ob die Uhren dieses Computers und Ihres Telefons richtig gehen.</translation>
    </message>
    <message>
        <source>The two-factor secret is not valid base32: it has only the letters A to Z and the digits 2 to 7. Copy it again.</source>
        <translation>Das Zwei-Faktor-Geheimnis ist kein gültiges Base32: Es besteht nur aus den Buchstaben A bis Z und den Ziffern 2 bis 7. Kopieren Sie es erneut.</translation>
    </message>
    <message>
        <source>The enrollment link needs an issuer and an account name: neither may be empty.</source>
        <translation>Der Einrichtungslink benötigt einen Issuer und einen Kontonamen: Keines von beiden darf leer sein.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; contains a colon, which authenticator apps read as the end of the issuer: choose a name without one.</source>
        <translation>Der Issuer &quot;%1&quot; enthält einen Doppelpunkt, den Authenticator-Apps als Ende des Issuers lesen: Wählen Sie einen Namen ohne Doppelpunkt.</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::UserStore</name>
    <message>
        <source>There is no user &quot;%1&quot; in this profile.</source>
        <translation>In diesem Profil gibt es keinen Benutzer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no API token %1.</source>
        <translation>Es gibt kein API-Token %1.</translation>
    </message>
</context>
<context>
    <name>Keyward::Audit</name>
    <message>
        <source>The audit checkpoint key is not available, so no checkpoint was written.</source>
        <translation>Der Schlüssel für Audit-Prüfpunkte ist nicht verfügbar; daher wurde kein Prüfpunkt geschrieben.</translation>
    </message>
</context>
<context>
    <name>Keyward::Audit::AuditExport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a second checkpoint for event %1.</source>
        <translation>ein zweiter Prüfpunkt für Ereignis %1.</translation>
    </message>
    <message>
        <source>The export file cannot be read twice (it must be a regular file).</source>
        <translation>Die Exportdatei kann nicht zweimal gelesen werden (es muss sich um eine reguläre Datei handeln).</translation>
    </message>
    <message>
        <source>text after the closing line.</source>
        <translation>Text nach der Abschlusszeile.</translation>
    </message>
    <message>
        <source>not valid JSON (the line was altered or cut).</source>
        <translation>kein gültiges JSON (die Zeile wurde verändert oder abgeschnitten).</translation>
    </message>
    <message>
        <source>this is not a Keyward audit export (no header line).</source>
        <translation>dies ist kein Keyward-Audit-Export (keine Kopfzeile).</translation>
    </message>
    <message>
        <source>the checkpoint at event %1 has an invalid signature: it was forged or altered, or the checkpoint key is not this profile&apos;s.</source>
        <translation>der Prüfpunkt bei Ereignis %1 hat eine ungültige Signatur: Er wurde gefälscht oder verändert, oder der Prüfpunktschlüssel gehört nicht zu diesem Profil.</translation>
    </message>
    <message>
        <source>the closing line does not match the events above it (%1 events up to %2): lines were deleted or added.</source>
        <translation>die Abschlusszeile passt nicht zu den Ereignissen darüber (%1 Ereignisse bis %2): Es wurden Zeilen gelöscht oder hinzugefügt.</translation>
    </message>
    <message>
        <source>unknown line type &quot;%1&quot;.</source>
        <translation>unbekannter Zeilentyp &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>the closing line is missing: the end of the export was cut off.</source>
        <translation>die Abschlusszeile fehlt: Das Ende des Exports wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>a checkpoint before the first event without the record of a trim that ends there: events were removed.</source>
        <translation>ein Kontrollpunkt vor dem ersten Ereignis ohne den Eintrag einer dort endenden Kürzung: Ereignisse wurden entfernt.</translation>
    </message>
    <message>
        <source>a trim record after the first event, or a second one.</source>
        <translation>ein Kürzungseintrag nach dem ersten Ereignis oder ein zweiter.</translation>
    </message>
    <message>
        <source>the trim record has an invalid signature: events were removed by someone without the checkpoint key.</source>
        <translation>der Kürzungseintrag hat eine ungültige Signatur: Ereignisse wurden von jemandem ohne den Kontrollpunktschlüssel entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected event(s)</source>
        <translation>
            <numerusform>%n ausgewähltes Ereignis</numerusform>
            <numerusform>%n ausgewählte Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::Audit::AuditFilter</name>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>actor = %1</source>
        <translation>Akteur = %1</translation>
    </message>
    <message>
        <source>action = %1</source>
        <translation>Aktion = %1</translation>
    </message>
    <message>
        <source>target = %1</source>
        <translation>Ziel = %1</translation>
    </message>
    <message>
        <source>outcome = %1</source>
        <translation>Ergebnis = %1</translation>
    </message>
    <message>
        <source>details contain &quot;%1&quot;</source>
        <translation>Details enthalten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>alle Ereignisse</translation>
    </message>
</context>
<context>
    <name>Keyward::Audit::AuditLog</name>
    <message>
        <source>The audit log can be trimmed only up to a signed checkpoint before its newest event, with the checkpoint key at hand.</source>
        <translation>Das Prüfprotokoll kann nur bis zu einem signierten Kontrollpunkt vor seinem neuesten Ereignis gekürzt werden, und nur mit dem Kontrollpunktschlüssel.</translation>
    </message>
</context>
<context>
    <name>Keyward::Audit::ChainVerifier</name>
    <message>
        <source>The checkpoint at event %1 has an invalid signature: it was forged or altered, or the checkpoint key is not this profile&apos;s.</source>
        <translation>Der Prüfpunkt bei Ereignis %1 hat eine ungültige Signatur: Er wurde gefälscht oder verändert, oder der Prüfpunktschlüssel gehört nicht zu diesem Profil.</translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing: the sequence jumps from %3 to %4.</source>
        <translation>Die Ereignisse %1 bis %2 fehlen: Die Sequenz springt von %3 auf %4.</translation>
    </message>
    <message>
        <source>Event %1 is out of order or duplicated (expected event %2).</source>
        <translation>Ereignis %1 steht an der falschen Stelle oder ist doppelt vorhanden (erwartet: Ereignis %2).</translation>
    </message>
    <message>
        <source>Event %1 does not match its stored hash (stored %2…, recomputed %3…): the event, or the one before it, was changed after it was written.</source>
        <translation>Ereignis %1 stimmt nicht mit seinem gespeicherten Hash überein (gespeichert %2…, neu berechnet %3…): Das Ereignis oder das vorhergehende wurde nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <source>The signed checkpoint at event %1 does not match the chain (checkpoint %2…, chain %3…): the events up to %1 were rewritten.</source>
        <translation>Der signierte Prüfpunkt bei Ereignis %1 stimmt nicht mit der Kette überein (Prüfpunkt %2…, Kette %3…): Die Ereignisse bis %1 wurden nachträglich neu geschrieben.</translation>
    </message>
    <message>
        <source>Events after %1 are missing: a signed checkpoint vouches for event %2.</source>
        <translation>Ereignisse nach %1 fehlen: Ein signierter Prüfpunkt bestätigt Ereignis %2.</translation>
    </message>
    <message>
        <source>Events up to %1 were trimmed, but the signed checkpoint that anchors the rest is missing.</source>
        <translation>Ereignisse bis %1 wurden entfernt, aber der signierte Kontrollpunkt, der den Rest verankert, fehlt.</translation>
    </message>
    <message>
        <source>Events up to %1 are gone, but no trim signed with this profile&apos;s checkpoint key says so: they were removed by someone else.</source>
        <translation>Ereignisse bis %1 fehlen, aber keine mit dem Kontrollpunktschlüssel dieses Profils signierte Kürzung belegt das: Jemand anderes hat sie entfernt.</translation>
    </message>
</context>
<context>
    <name>Keyward::Backup</name>
    <message>
        <source>The file %1 could not be synced to disk.</source>
        <translation>Die Datei %1 konnte nicht auf den Datenträger synchronisiert werden.</translation>
    </message>
</context>
<context>
    <name>Keyward::Backup::BackupFile</name>
    <message>
        <source>The backup could not be moved into place at %1.</source>
        <translation>Die Sicherung konnte nicht an ihren Zielort %1 verschoben werden.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>Unter %1 gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be decrypted: it is damaged or truncated, or it belongs to another profile (another backup key).</source>
        <translation>Die Sicherung %1 kann nicht entschlüsselt werden: Die Datei ist beschädigt oder abgeschnitten, oder sie gehört zu einem anderen Profil (anderer Sicherungsschlüssel).</translation>
    </message>
    <message>
        <source>The backup %1 is damaged.</source>
        <translation>Die Sicherung %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or truncated (integrity check failed): use another backup.</source>
        <translation>Die Sicherung %1 ist beschädigt oder abgeschnitten (Integritätsprüfung fehlgeschlagen): Verwenden Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>The file %1 is not a Keyward backup (no backup record).</source>
        <translation>Die Datei %1 ist keine Keyward-Sicherung (kein Sicherungsdatensatz).</translation>
    </message>
</context>
<context>
    <name>Keyward::Cli::Cli</name>
    <message>
        <source>Profile NAME under the data directory (default: &quot;default&quot;).</source>
        <translation>Profil NAME im Datenverzeichnis (Standard: &quot;default&quot;).</translation>
    </message>
    <message>
        <source>Profile in DIR (also $KEYWARD_PROFILE_DIR).</source>
        <translation>Profil im Verzeichnis DIR (auch über $KEYWARD_PROFILE_DIR).</translation>
    </message>
    <message>
        <source>Where keys come from: keychain (default) or credentials ($CREDENTIALS_DIRECTORY).</source>
        <translation>Herkunft der Schlüssel: keychain (Standard) oder credentials ($CREDENTIALS_DIRECTORY).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Restore even over a profile newer than the backup.</source>
        <translation>Auch dann wiederherstellen, wenn das Profil neuer als die Sicherung ist.</translation>
    </message>
    <message>
        <source>Set the profile up on this machine from a recovery kit first.</source>
        <translation>Das Profil zuerst aus einem Wiederherstellungskit auf diesem Rechner einrichten.</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>In FILE schreiben.</translation>
    </message>
    <message>
        <source>Number of events (default 20).</source>
        <translation>Anzahl der Ereignisse (Standard: 20).</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>Log details (never secrets) to standard error.</source>
        <translation>Details (niemals Geheimnisse) auf der Standardfehlerausgabe protokollieren.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Usage: keyward-cli %1 [OPTIONS]</source>
        <translation>Aufruf: keyward-cli %1 [OPTIONEN]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Global options (--profile, --profile-dir, --key-source) apply too; see keyward-cli --help.</source>
        <translation>Die globalen Optionen (--profile, --profile-dir, --key-source) gelten ebenfalls; siehe keyward-cli --help.</translation>
    </message>
    <message>
        <source>keyward-cli: unknown command &quot;%1&quot;; see keyward-cli --help.</source>
        <translation>keyward-cli: unbekannter Befehl &quot;%1&quot;; siehe keyward-cli --help.</translation>
    </message>
    <message>
        <source>keyward-cli: &quot;%1&quot; does not take --%2; see keyward-cli %1 --help.</source>
        <translation>keyward-cli: &quot;%1&quot; akzeptiert --%2 nicht; siehe keyward-cli %1 --help.</translation>
    </message>
    <message>
        <source>keyward-cli: usage: keyward-cli %1 %2</source>
        <translation>keyward-cli: Aufruf: keyward-cli %1 %2</translation>
    </message>
    <message>
        <source>keyward-cli: --key-source must be &quot;keychain&quot; or &quot;credentials&quot;.</source>
        <translation>keyward-cli: --key-source muss &quot;keychain&quot; oder &quot;credentials&quot; sein.</translation>
    </message>
    <message>
        <source>At most N rows (default 100).</source>
        <translation>Höchstens N Zeilen (Standard: 100).</translation>
    </message>
    <message>
        <source>Worker threads (default 4).</source>
        <translation>Anzahl der Worker-Threads (Standard: 4).</translation>
    </message>
    <message>
        <source>Seconds running jobs get to finish after SIGTERM or SIGINT (default 30).</source>
        <translation>Sekunden, die laufenden Jobs nach SIGTERM oder SIGINT zum Abschließen bleiben (Standard: 30).</translation>
    </message>
    <message>
        <source>Only rows in STATE (jobs: pending, scheduled, running, retrying, dead, done, discarded; connections: healthy, retrying, reauthorization_required, refresh_exhausted, revoked).</source>
        <translation>Nur Zeilen im Status STATE (Jobs: pending, scheduled, running, retrying, dead, done, discarded; Verbindungen: healthy, retrying, reauthorization_required, refresh_exhausted, revoked).</translation>
    </message>
    <message>
        <source>Name of the provider app.</source>
        <translation>Name der Provider-App.</translation>
    </message>
    <message>
        <source>Provider catalog entry (see `catalog list`).</source>
        <translation>Eintrag im Provider-Katalog (siehe `catalog list`).</translation>
    </message>
    <message>
        <source>Issuer or discovery document URL (RFC 8414, OpenID Discovery).</source>
        <translation>Issuer-URL oder URL des Discovery-Dokuments (RFC 8414, OpenID Discovery).</translation>
    </message>
    <message>
        <source>Authorization endpoint.</source>
        <translation>Autorisierungs-Endpunkt.</translation>
    </message>
    <message>
        <source>Token endpoint.</source>
        <translation>Token-Endpunkt.</translation>
    </message>
    <message>
        <source>Revocation endpoint (RFC 7009).</source>
        <translation>Widerrufs-Endpunkt (RFC 7009).</translation>
    </message>
    <message>
        <source>Introspection endpoint (RFC 7662).</source>
        <translation>Introspektions-Endpunkt (RFC 7662).</translation>
    </message>
    <message>
        <source>Device authorization endpoint (RFC 8628).</source>
        <translation>Endpunkt für die Geräteautorisierung (RFC 8628).</translation>
    </message>
    <message>
        <source>OAuth client id.</source>
        <translation>OAuth-Client-ID.</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>Das Client-Secret von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Space-separated scopes.</source>
        <translation>Durch Leerzeichen getrennte Scopes.</translation>
    </message>
    <message>
        <source>Token endpoint authentication: basic, post or none.</source>
        <translation>Authentifizierung am Token-Endpunkt: basic, post oder none.</translation>
    </message>
    <message>
        <source>Loopback redirect URI (default http://127.0.0.1/callback).</source>
        <translation>Loopback-Redirect-URI (Standard: http://127.0.0.1/callback).</translation>
    </message>
    <message>
        <source>PEM file of a private certificate authority to trust for this app.</source>
        <translation>PEM-Datei einer privaten Zertifizierungsstelle, der für diese App vertraut werden soll.</translation>
    </message>
    <message>
        <source>A catalog parameter such as tenant=contoso (repeatable).</source>
        <translation>Ein Katalogparameter wie tenant=contoso (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>auth-code (default), device or client-credentials.</source>
        <translation>auth-code (Standard), device oder client-credentials.</translation>
    </message>
    <message>
        <source>Print the authorization URL instead of opening a browser.</source>
        <translation>Die Autorisierungs-URL ausgeben, statt einen Browser zu öffnen.</translation>
    </message>
    <message>
        <source>Only connections of APP.</source>
        <translation>Nur Verbindungen der App APP.</translation>
    </message>
    <message>
        <source>Remove the connection here without revoking it at the provider.</source>
        <translation>Die Verbindung hier entfernen, ohne sie beim Provider zu widerrufen.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage, 3 keychain unavailable or locked, or key missing, 4 integrity failure (broken audit chain, damaged file, wrong key), 5 permission denied, 6 profile in use by another process, 7 written by a newer Keyward, 8 not found, 9 disk full, 10 OAuth provider refused or unreachable.</source>
        <translation>Exit-Codes: 0 OK, 1 Fehler, 2 falscher Aufruf, 3 Schlüsselbund nicht verfügbar oder gesperrt oder Schlüssel fehlt, 4 Integritätsfehler (unterbrochene Audit-Kette, beschädigte Datei, falscher Schlüssel), 5 Zugriff verweigert, 6 Profil von einem anderen Prozess belegt, 7 von einer neueren Keyward-Version geschrieben, 8 nicht gefunden, 9 Datenträger voll, 10 OAuth-Provider hat abgelehnt oder ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Refresh when this share of the lifetime remains (default 15).</source>
        <translation>Erneuern, wenn noch dieser Anteil der Lebensdauer (in Prozent) übrig ist (Standard: 15).</translation>
    </message>
    <message>
        <source>...or when this many minutes remain (default 10).</source>
        <translation>...oder wenn noch so viele Minuten übrig sind (Standard: 10).</translation>
    </message>
    <message>
        <source>First retry delay after a failure (default 30).</source>
        <translation>Erste Wartezeit vor einem neuen Versuch nach einem Fehler (Standard: 30).</translation>
    </message>
    <message>
        <source>Longest retry delay (default 3600).</source>
        <translation>Längste Wartezeit vor einem neuen Versuch (Standard: 3600).</translation>
    </message>
    <message>
        <source>Failing this long marks a connection refresh-exhausted (default 96).</source>
        <translation>Schlägt die Erneuerung so lange fehl, wird die Verbindung als refresh-exhausted markiert (Standard: 96).</translation>
    </message>
    <message>
        <source>Sign in as NAME (password and one-time code asked for, or given with --password-stdin and --otp); with tokens create, the token&apos;s user.</source>
        <translation>Als NAME anmelden (Passwort und Einmalcode werden abgefragt oder mit --password-stdin und --otp übergeben); bei tokens create der Benutzer des Tokens.</translation>
    </message>
    <message>
        <source>Read passwords from standard input, one per line: yours first when --user signs in.</source>
        <translation>Passwörter von der Standardeingabe lesen, eines pro Zeile; bei Anmeldung mit --user zuerst Ihr eigenes.</translation>
    </message>
    <message>
        <source>The one-time code (or a recovery code) for --user.</source>
        <translation>Der Einmalcode (oder ein Wiederherstellungscode) für --user.</translation>
    </message>
    <message>
        <source>Sign in with the API token in FILE (also $KEYWARD_TOKEN).</source>
        <translation>Mit dem API-Token in FILE anmelden (auch über $KEYWARD_TOKEN).</translation>
    </message>
    <message>
        <source>With init: create the first Security Administrator, NAME.</source>
        <translation>Bei init: den ersten Sicherheitsadministrator NAME anlegen.</translation>
    </message>
    <message>
        <source>Role: security-admin, compliance, support or auditor.</source>
        <translation>Rolle: security-admin, compliance, support oder auditor.</translation>
    </message>
    <message>
        <source>Token lifetime, e.g. 90d, 12h, 30m (default: never).</source>
        <translation>Lebensdauer des Tokens, z. B. 90d, 12h, 30m (Standard: läuft nie ab).</translation>
    </message>
    <message>
        <source>What the token is for.</source>
        <translation>Wofür das Token bestimmt ist.</translation>
    </message>
    <message>
        <source>Usage: keyward-cli [--profile NAME | --profile-dir DIR] [--key-source SOURCE] [--user NAME | --token-file FILE] COMMAND [OPTIONS]</source>
        <translation>Aufruf: keyward-cli [--profile NAME | --profile-dir DIR] [--key-source SOURCE] [--user NAME | --token-file FILE] BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Webhook signature scheme: github, stripe, slack, shopify, standard or generic.</source>
        <translation>Signaturverfahren des Webhooks: github, stripe, slack, shopify, standard oder generic.</translation>
    </message>
    <message>
        <source>Read the webhook secret from FILE.</source>
        <translation>Das Webhook-Secret aus FILE lesen.</translation>
    </message>
    <message>
        <source>The delivery&apos;s body, byte for byte as received.</source>
        <translation>Der Inhalt der Zustellung, Byte für Byte wie empfangen.</translation>
    </message>
    <message>
        <source>A request header of the delivery (repeatable).</source>
        <translation>Ein Anfrage-Header der Zustellung (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Check timestamps against this time instead of now (Unix seconds).</source>
        <translation>Zeitstempel gegen diesen Zeitpunkt statt gegen die aktuelle Zeit prüfen (Unix-Sekunden).</translation>
    </message>
    <message>
        <source>Accept signed timestamps this many seconds old or ahead (default 300).</source>
        <translation>Signierte Zeitstempel akzeptieren, die höchstens so viele Sekunden in der Vergangenheit oder Zukunft liegen (Standard: 300).</translation>
    </message>
    <message>
        <source>The generic scheme&apos;s settings, a JSON file (see docs/WEBHOOKS.md).</source>
        <translation>Die Einstellungen des generischen Verfahrens, eine JSON-Datei (siehe docs/WEBHOOKS.md).</translation>
    </message>
    <message>
        <source>Deliveries a second the source may send (default 1000).</source>
        <translation>Zustellungen pro Sekunde, die die Quelle senden darf (Standard: 1000).</translation>
    </message>
    <message>
        <source>Keep the bodies of deliveries that fail verification (for debugging a sender).</source>
        <translation>Den Inhalt von Zustellungen aufbewahren, deren Verifizierung fehlschlägt (zur Fehlersuche bei einem Absender).</translation>
    </message>
    <message>
        <source>How long the previous secrets stay valid after a rotation (default 24).</source>
        <translation>Wie lange die bisherigen Secrets nach einer Rotation gültig bleiben, in Stunden (Standard: 24).</translation>
    </message>
    <message>
        <source>Only deliveries from SOURCE.</source>
        <translation>Nur Zustellungen von SOURCE.</translation>
    </message>
    <message>
        <source>Receive webhooks over HTTPS on ADDRESS:PORT (/webhooks/NAME, /healthz, /readyz).</source>
        <translation>Webhooks über HTTPS auf ADDRESS:PORT empfangen (/webhooks/NAME, /healthz, /readyz).</translation>
    </message>
    <message>
        <source>The webhook receiver&apos;s certificate chain (PEM); without it a self-signed one is made.</source>
        <translation>Die Zertifikatskette des Webhook-Empfängers (PEM); ohne sie wird ein selbstsigniertes Zertifikat erzeugt.</translation>
    </message>
    <message>
        <source>The webhook receiver&apos;s private key (PEM).</source>
        <translation>Der private Schlüssel des Webhook-Empfängers (PEM).</translation>
    </message>
    <message>
        <source>Comma-separated event types to send (default: all): connection.reauthorization_required, connection.refresh_exhausted, connection.revoked_by_provider, job.dead, audit.chain_broken.</source>
        <translation>Durch Kommas getrennte Ereignistypen, die gesendet werden (Standard: alle): connection.reauthorization_required, connection.refresh_exhausted, connection.revoked_by_provider, job.dead, audit.chain_broken.</translation>
    </message>
    <message>
        <source>Where the profile&apos;s webhook receiver listens: ADDRESS:PORT (default 127.0.0.1:8443).</source>
        <translation>Wo der Webhook-Empfänger des Profils lauscht: ADRESSE:PORT (Standard 127.0.0.1:8443).</translation>
    </message>
    <message>
        <source>The webhook receiver makes a self-signed certificate at each start (for local use).</source>
        <translation>Der Webhook-Empfänger erzeugt bei jedem Start ein selbstsigniertes Zertifikat (für lokale Nutzung).</translation>
    </message>
    <message>
        <source>Only audit events of ACTION (a trailing * matches a prefix).</source>
        <translation>Nur Audit-Ereignisse der Aktion ACTION (ein abschließendes * passt auf ein Präfix).</translation>
    </message>
    <message>
        <source>Only audit events by the user NAME.</source>
        <translation>Nur Audit-Ereignisse des Benutzers NAME.</translation>
    </message>
    <message>
        <source>Only audit events on TARGET (a trailing * matches a prefix).</source>
        <translation>Nur Audit-Ereignisse zum Ziel TARGET (ein abschließendes * passt auf ein Präfix).</translation>
    </message>
    <message>
        <source>Only audit events with OUTCOME: success, failure or denied.</source>
        <translation>Nur Audit-Ereignisse mit dem Ergebnis OUTCOME: success, failure oder denied.</translation>
    </message>
    <message>
        <source>Only audit events whose details contain all these WORDS.</source>
        <translation>Nur Audit-Ereignisse, deren Details alle diese Wörter (WORDS) enthalten.</translation>
    </message>
    <message>
        <source>From DATE (YYYY-MM-DD, UTC) or an ISO 8601 time, inclusive.</source>
        <translation>Ab DATE (JJJJ-MM-TT, UTC) oder einer ISO-8601-Zeit, einschließlich.</translation>
    </message>
    <message>
        <source>Until DATE (YYYY-MM-DD: to the end of that day, UTC) or an ISO 8601 time, exclusive.</source>
        <translation>Bis DATE (JJJJ-MM-TT: bis zum Ende dieses Tages, UTC) oder zu einer ISO-8601-Zeit, ausschließlich.</translation>
    </message>
    <message>
        <source>Format: jsonl for audit export; pdf, csv or json for reports (default: from --out&apos;s extension).</source>
        <translation>Format: jsonl für den Audit-Export; pdf, csv oder json für Berichte (Standard: aus der Dateiendung von --out).</translation>
    </message>
    <message>
        <source>Report type: inventory, access-review, rotation-age, failures or integrity.</source>
        <translation>Berichtstyp: inventory, access-review, rotation-age, failures oder integrity.</translation>
    </message>
    <message>
        <source>When a schedule runs: five cron fields, UTC (&apos;0 6 * * 1&apos;).</source>
        <translation>Wann ein Zeitplan ausgeführt wird: fünf cron-Felder, UTC (&apos;0 6 * * 1&apos;).</translation>
    </message>
    <message>
        <source>The folder scheduled reports are written to.</source>
        <translation>Der Ordner, in den geplante Berichte geschrieben werden.</translation>
    </message>
    <message>
        <source>Days each scheduled report covers (default 7).</source>
        <translation>Tage, die jeder geplante Bericht abdeckt (Standard: 7).</translation>
    </message>
    <message>
        <source>Rotation age: the maximum age of a secret or key (default 90).</source>
        <translation>Rotationsalter: das Höchstalter eines Secrets oder Schlüssels (Standard: 90).</translation>
    </message>
</context>
<context>
    <name>Keyward::Cli::CliSupport</name>
    <message>
        <source>The token file %1 cannot be read: %2</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>One-time code (authenticator app or recovery code): </source>
        <translation>Einmalcode (Authenticator-App oder Wiederherstellungscode): </translation>
    </message>
    <message>
        <source>No terminal to ask for a password: give it on standard input with --password-stdin.</source>
        <translation>Kein Terminal für die Passwortabfrage vorhanden: Übergeben Sie das Passwort mit --password-stdin über die Standardeingabe.</translation>
    </message>
    <message>
        <source>--%1 takes a date (YYYY-MM-DD) or an ISO 8601 time, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet ein Datum (JJJJ-MM-TT) oder eine ISO-8601-Zeit, nicht &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Keyward::Cli::Commands</name>
    <message>
        <source>Audit chain verified: %1 events, %2 checkpoints %3; head #%4 at %5 (%6…).</source>
        <translation>Audit-Kette verifiziert: %1 Ereignisse, %2 Prüfpunkte %3; letztes Ereignis #%4 vom %5 (%6…).</translation>
    </message>
    <message>
        <source>with valid signatures</source>
        <translation>mit gültigen Signaturen</translation>
    </message>
    <message>
        <source>(signatures not checked: no checkpoint key)</source>
        <translation>(Signaturen nicht geprüft: kein Prüfpunktschlüssel)</translation>
    </message>
    <message>
        <source>Audit chain BROKEN: %1</source>
        <translation>Audit-Kette UNTERBROCHEN: %1</translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot; in %2; keys are in the %3.</source>
        <translation>Profil &quot;%1&quot; in %2 angelegt; Schlüsselablage: %3.</translation>
    </message>
    <message>
        <source>Profile:        %1</source>
        <translation>Profil:            %1</translation>
    </message>
    <message>
        <source>Path:           %1</source>
        <translation>Pfad:              %1</translation>
    </message>
    <message>
        <source>Cipher:         SQLCipher %1</source>
        <translation>Verschlüsselung:   SQLCipher %1</translation>
    </message>
    <message>
        <source>Schema:         %1 (this Keyward supports up to %2)</source>
        <translation>Schema:            %1 (diese Keyward-Version unterstützt bis %2)</translation>
    </message>
    <message>
        <source>Key source:     %1</source>
        <translation>Schlüsselquelle:   %1</translation>
    </message>
    <message>
        <source>Audit events:   %1</source>
        <translation>Audit-Ereignisse:  %1</translation>
    </message>
    <message>
        <source>Audit head:     #%1 %2 at %3</source>
        <translation>Letztes Ereignis:  #%1 %2 vom %3</translation>
    </message>
    <message>
        <source>Checkpoints:    %1 (last at event %2)</source>
        <translation>Prüfpunkte:        %1 (letzter bei Ereignis %2)</translation>
    </message>
    <message>
        <source>Database size:  %1 bytes</source>
        <translation>Datenbankgröße:    %1 Bytes</translation>
    </message>
    <message>
        <source>No profiles under %1 yet: create one with keyward-cli init.</source>
        <translation>Unter %1 gibt es noch keine Profile: Legen Sie eines mit keyward-cli init an.</translation>
    </message>
    <message>
        <source>The database key of &quot;%1&quot; was rotated; the new key is in the %2.</source>
        <translation>Der Datenbankschlüssel von &quot;%1&quot; wurde rotiert; Ablage des neuen Schlüssels: %2.</translation>
    </message>
    <message>
        <source>  created %1, schema %2, audit events up to #%3, %4 bytes</source>
        <translation>  erstellt %1, Schema %2, Audit-Ereignisse bis #%3, %4 Bytes</translation>
    </message>
    <message>
        <source>Backup written to %1 (encrypted with the profile&apos;s backup key).</source>
        <translation>Sicherung nach %1 geschrieben (verschlüsselt mit dem Sicherungsschlüssel des Profils).</translation>
    </message>
    <message>
        <source>The backup&apos;s audit chain is broken: %1</source>
        <translation>Die Audit-Kette der Sicherung ist unterbrochen: %1</translation>
    </message>
    <message>
        <source>Backup %1 is intact: it decrypts, passes the integrity check, and its audit chain verifies.</source>
        <translation>Die Sicherung %1 ist intakt: Entschlüsselung und Integritätsprüfung waren erfolgreich, und ihre Audit-Kette ist gültig.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot; from %2.</source>
        <translation>&quot;%1&quot; aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Say where to write the recovery kit with --out FILE (or - for standard output).</source>
        <translation>Geben Sie mit --out FILE an, wohin das Wiederherstellungskit geschrieben werden soll (oder - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Recovery kit written to %1. It holds the backup and checkpoint keys: keep it offline (a password manager or a safe), never beside the backups, and delete this copy.</source>
        <translation>Wiederherstellungskit nach %1 geschrieben. Es enthält den Sicherungs- und den Prüfpunktschlüssel: Bewahren Sie es offline auf (in einem Passwort-Manager oder einem Tresor), niemals neben den Sicherungen, und löschen Sie diese Kopie.</translation>
    </message>
    <message>
        <source>The only export format is jsonl.</source>
        <translation>Das einzige Exportformat ist jsonl.</translation>
    </message>
    <message>
        <source>Say where to write the export with --out FILE.</source>
        <translation>Geben Sie mit --out FILE an, wohin der Export geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Exported %1 events and %2 checkpoints (up to #%3) to %4.</source>
        <translation>%1 Ereignisse und %2 Prüfpunkte (bis #%3) nach %4 exportiert.</translation>
    </message>
    <message>
        <source>-n takes a positive number of events.</source>
        <translation>-n erwartet eine positive Anzahl von Ereignissen.</translation>
    </message>
    <message>
        <source>Show the profile&apos;s path, cipher, schema, key source and audit head.</source>
        <translation>Pfad, Verschlüsselung, Schema, Schlüsselquelle und letztes Audit-Ereignis des Profils anzeigen.</translation>
    </message>
    <message>
        <source>List the profiles in the data directory.</source>
        <translation>Die Profile im Datenverzeichnis auflisten.</translation>
    </message>
    <message>
        <source>Rotate the database key (re-encrypts the database).</source>
        <translation>Den Datenbankschlüssel rotieren (verschlüsselt die Datenbank neu).</translation>
    </message>
    <message>
        <source>Write an encrypted backup while the profile stays in use.</source>
        <translation>Eine verschlüsselte Sicherung schreiben, während das Profil weiter in Gebrauch bleibt.</translation>
    </message>
    <message>
        <source>Check that a backup decrypts, is intact, and its audit chain verifies.</source>
        <translation>Prüfen, ob sich eine Sicherung entschlüsseln lässt, intakt ist und ihre Audit-Kette gültig ist.</translation>
    </message>
    <message>
        <source>Replace the profile&apos;s database with a verified backup.</source>
        <translation>Die Datenbank des Profils durch eine geprüfte Sicherung ersetzen.</translation>
    </message>
    <message>
        <source>Write the recovery kit (backup and checkpoint keys) needed to restore on another machine.</source>
        <translation>Das Wiederherstellungskit (Sicherungs- und Prüfpunktschlüssel) schreiben, das für die Wiederherstellung auf einem anderen Rechner nötig ist.</translation>
    </message>
    <message>
        <source>Recompute the audit chain and checkpoints; exit 4 on a break.</source>
        <translation>Audit-Kette und Prüfpunkte neu berechnen; Exit-Code 4 bei einer Unterbrechung.</translation>
    </message>
    <message>
        <source>Export the audit log with hashes and checkpoints (--format jsonl --out FILE).</source>
        <translation>Das Audit-Protokoll mit Hashes und Prüfpunkten exportieren (--format jsonl --out FILE).</translation>
    </message>
    <message>
        <source>Check an audit export without the database; exit 4 on tampering.</source>
        <translation>Einen Audit-Export ohne die Datenbank prüfen; Exit-Code 4 bei Manipulation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job id.</source>
        <translation>&quot;%1&quot; ist keine Job-ID.</translation>
    </message>
    <message>
        <source>  next %1</source>
        <translation>  nächster Lauf %1</translation>
    </message>
    <message>
        <source>  last error: %1</source>
        <translation>  letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Unknown job state &quot;%1&quot;.</source>
        <translation>Unbekannter Job-Status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>No %1 jobs.</source>
        <translation>Keine Jobs im Status %1.</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>Keine Jobs.</translation>
    </message>
    <message>
        <source>  arguments: %1</source>
        <translation>  Argumente: %1</translation>
    </message>
    <message>
        <source>  attempt %1: %2 at %3, %4 ms%5</source>
        <translation>  Versuch %1: %2, gestartet %3, %4 ms%5</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) will run again now.</source>
        <translation>
            <numerusform>%n Job wird jetzt erneut ausgeführt.</numerusform>
            <numerusform>%n Jobs werden jetzt erneut ausgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) discarded.</source>
        <translation>
            <numerusform>%n Job verworfen.</numerusform>
            <numerusform>%n Jobs verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone (no such job, or running or finished): %1</source>
        <translation>Unverändert gelassen (Job nicht vorhanden, läuft oder ist abgeschlossen): %1</translation>
    </message>
    <message>
        <source>Run the engine headless (workers and scheduler) until SIGTERM or SIGINT, then drain.</source>
        <translation>Die Engine ohne grafische Oberfläche (Worker und Scheduler) bis zu SIGTERM oder SIGINT ausführen, dann geordnet beenden.</translation>
    </message>
    <message>
        <source>List jobs, newest first, with queue figures (--state STATE, --limit N).</source>
        <translation>Jobs auflisten, neueste zuerst, mit Kennzahlen der Warteschlangen (--state STATE, --limit N).</translation>
    </message>
    <message>
        <source>Show a job with every attempt&apos;s outcome, time and error.</source>
        <translation>Einen Job mit Ergebnis, Zeitpunkt und Fehler jedes Versuchs anzeigen.</translation>
    </message>
    <message>
        <source>Run dead, retrying or scheduled jobs again now.</source>
        <translation>Tote, zu wiederholende oder geplante Jobs jetzt erneut ausführen.</translation>
    </message>
    <message>
        <source>Discard waiting or dead jobs.</source>
        <translation>Wartende oder tote Jobs verwerfen.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No client secret on standard input.</source>
        <translation>Kein Client-Secret auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>--auth-method takes basic, post or none.</source>
        <translation>--auth-method erwartet basic, post oder none.</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, such as tenant=contoso.onmicrosoft.com.</source>
        <translation>--param erwartet NAME=VALUE, etwa tenant=contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Registered app &quot;%1&quot; (%2), id %3.</source>
        <translation>App &quot;%1&quot; (%2) registriert, ID %3.</translation>
    </message>
    <message>
        <source>Register this redirect URI at the provider: %1 (any port on 127.0.0.1 is used, as RFC 8252 allows).</source>
        <translation>Registrieren Sie diese Redirect-URI beim Provider: %1 (verwendet wird ein beliebiger Port auf 127.0.0.1, wie RFC 8252 es erlaubt).</translation>
    </message>
    <message>
        <source>No provider apps yet: add one with `keyward-cli apps add`.</source>
        <translation>Noch keine Provider-Apps: Fügen Sie eine mit `keyward-cli apps add` hinzu.</translation>
    </message>
    <message>
        <source>none (public client)</source>
        <translation>keines (öffentlicher Client)</translation>
    </message>
    <message>
        <source>The new client secret of &quot;%1&quot; was accepted by %2 and is now in use; the old one is gone from the keychain. Remove it at the provider.</source>
        <translation>Das neue Client-Secret von &quot;%1&quot; wurde von %2 akzeptiert und ist jetzt in Gebrauch; das alte wurde aus dem Schlüsselbund entfernt. Entfernen Sie es beim Provider.</translation>
    </message>
    <message>
        <source>The browser could not be opened: visit the URL above.</source>
        <translation>Der Browser konnte nicht geöffnet werden: Rufen Sie die obige URL auf.</translation>
    </message>
    <message>
        <source>--flow takes auth-code, device or client-credentials.</source>
        <translation>--flow erwartet auth-code, device oder client-credentials.</translation>
    </message>
    <message>
        <source>Open this URL in a browser to authorize Keyward:</source>
        <translation>Öffnen Sie diese URL in einem Browser, um Keyward zu autorisieren:</translation>
    </message>
    <message>
        <source>Opening the browser; if it does not open, visit:</source>
        <translation>Der Browser wird geöffnet; falls er sich nicht öffnet, rufen Sie Folgendes auf:</translation>
    </message>
    <message>
        <source>Enter the code %1 at %2 (within %3 minutes).</source>
        <translation>Geben Sie den Code %1 unter %2 ein (innerhalb von %3 Minuten).</translation>
    </message>
    <message>
        <source>Connected: connection %1 for %2, expires %3.</source>
        <translation>Verbunden: Verbindung %1 für %2, läuft ab: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection id.</source>
        <translation>&quot;%1&quot; ist keine Verbindungs-ID.</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>No connections.</source>
        <translation>Keine Verbindungen.</translation>
    </message>
    <message>
        <source>The process that owns the profile has not run the refresh within a minute: is it running its workers?</source>
        <translation>Der Prozess, dem das Profil gehört, hat die Erneuerung nicht innerhalb einer Minute ausgeführt: Laufen seine Worker?</translation>
    </message>
    <message>
        <source>Connection %1 refreshed; the access token expires %2.</source>
        <translation>Verbindung %1 erneuert; das Zugriffstoken läuft ab: %2.</translation>
    </message>
    <message>
        <source>Connection %1 removed here (not revoked at the provider).</source>
        <translation>Verbindung %1 hier entfernt (nicht beim Provider widerrufen).</translation>
    </message>
    <message>
        <source>Connection %1 revoked at the provider and here.</source>
        <translation>Verbindung %1 beim Provider und hier widerrufen.</translation>
    </message>
    <message>
        <source>New token key %1 is active; every token was re-sealed under it and the old keys retired.</source>
        <translation>Der neue Token-Schlüssel %1 ist aktiv; alle Tokens wurden damit neu versiegelt und die alten Schlüssel außer Dienst gestellt.</translation>
    </message>
    <message>
        <source>New token key %1 is active; the process that owns the profile re-seals the tokens in the background and then retires the old keys.</source>
        <translation>Der neue Token-Schlüssel %1 ist aktiv; der Prozess, dem das Profil gehört, versiegelt die Tokens im Hintergrund neu und stellt dann die alten Schlüssel außer Dienst.</translation>
    </message>
    <message>
        <source>List the providers Keyward knows (ids for apps add --catalog).</source>
        <translation>Die Provider auflisten, die Keyward kennt (IDs für apps add --catalog).</translation>
    </message>
    <message>
        <source>Register a provider app (--name, --catalog ID | --discovery URL | --authorize-url/--token-url, --client-id, --client-secret-stdin).</source>
        <translation>Eine Provider-App registrieren (--name, --catalog ID | --discovery URL | --authorize-url/--token-url, --client-id, --client-secret-stdin).</translation>
    </message>
    <message>
        <source>List provider apps with their redirect URI and the age of their client secret.</source>
        <translation>Provider-Apps mit ihrer Redirect-URI und dem Alter ihres Client-Secrets auflisten.</translation>
    </message>
    <message>
        <source>Replace an app&apos;s client secret (read from standard input) after proving it at the provider.</source>
        <translation>Das Client-Secret einer App ersetzen (von der Standardeingabe gelesen), nachdem es beim Provider geprüft wurde.</translation>
    </message>
    <message>
        <source>Connect an account (--flow auth-code|device|client-credentials, --scopes, --no-browser).</source>
        <translation>Ein Konto verbinden (--flow auth-code|device|client-credentials, --scopes, --no-browser).</translation>
    </message>
    <message>
        <source>List connections with their state and expiry (--app APP, --state STATE).</source>
        <translation>Verbindungen mit Status und Ablaufzeit auflisten (--app APP, --state STATE).</translation>
    </message>
    <message>
        <source>Show a connection: fingerprints, scopes, times, rotation count, last result. Never a token.</source>
        <translation>Eine Verbindung anzeigen: Fingerabdrücke, Scopes, Zeitpunkte, Anzahl der Rotationen, letztes Ergebnis. Niemals ein Token.</translation>
    </message>
    <message>
        <source>Refresh a connection&apos;s tokens now.</source>
        <translation>Die Tokens einer Verbindung jetzt erneuern.</translation>
    </message>
    <message>
        <source>Revoke a connection at the provider, then here (--local-only: here only).</source>
        <translation>Eine Verbindung beim Provider und anschließend hier widerrufen (--local-only: nur hier).</translation>
    </message>
    <message>
        <source>Ask the provider about the access token (RFC 7662).</source>
        <translation>Den Provider zum Zugriffstoken befragen (RFC 7662).</translation>
    </message>
    <message>
        <source>Add a token key and re-seal every token under it; older keys are retired afterwards.</source>
        <translation>Einen Token-Schlüssel hinzufügen und alle Tokens damit neu versiegeln; ältere Schlüssel werden danach außer Dienst gestellt.</translation>
    </message>
    <message>
        <source>List the token keys with their state and how many connections each seals.</source>
        <translation>Die Token-Schlüssel mit ihrem Status und der Anzahl der jeweils versiegelten Verbindungen auflisten.</translation>
    </message>
    <message>
        <source>--%1 takes a number.</source>
        <translation>--%1 erwartet eine Zahl.</translation>
    </message>
    <message>
        <source>--ahead-percent takes a number.</source>
        <translation>--ahead-percent erwartet eine Zahl.</translation>
    </message>
    <message>
        <source>App &quot;%1&quot;: refresh when %2 % of the lifetime or %3 min remain; after a failure wait %4 s doubling up to %5 s; give up after %6 h. Applies from each connection&apos;s next refresh.</source>
        <translation>App &quot;%1&quot;: Erneuerung, wenn noch %2 % der Lebensdauer oder %3 min übrig sind; nach einem Fehler %4 s warten, jeweils verdoppelt bis höchstens %5 s; Aufgabe nach %6 h. Gilt ab der nächsten Erneuerung jeder Verbindung.</translation>
    </message>
    <message>
        <source>Set an app&apos;s refresh policy (--ahead-percent, --ahead-minutes, --backoff-base-seconds, --backoff-max-seconds, --give-up-hours).</source>
        <translation>Die Erneuerungsrichtlinie einer App festlegen (--ahead-percent, --ahead-minutes, --backoff-base-seconds, --backoff-max-seconds, --give-up-hours).</translation>
    </message>
    <message numerus="yes">
        <source>set %1 (%n day(s) old)</source>
        <translation>
            <numerusform>gesetzt am %1 (%n Tag alt)</numerusform>
            <numerusform>gesetzt am %1 (%n Tage alt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a profile: a new encrypted database and its keys (--admin NAME: its first Security Administrator).</source>
        <translation>Ein Profil anlegen: eine neue verschlüsselte Datenbank und ihre Schlüssel (--admin NAME: sein erster Sicherheitsadministrator).</translation>
    </message>
    <message>
        <source>--role must be security-admin, compliance, support or auditor, not &quot;%1&quot;.</source>
        <translation>--role muss security-admin, compliance, support oder auditor sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--expires takes a number and a unit: 90d, 12h, 30m or 45s.</source>
        <translation>--expires erwartet eine Zahl und eine Einheit: 90d, 12h, 30m oder 45s.</translation>
    </message>
    <message>
        <source>--expires must be longer than zero.</source>
        <translation>--expires muss größer als null sein.</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Passwort für den neuen Benutzer %1: </translation>
    </message>
    <message>
        <source>No users: whoever holds this profile&apos;s keys acts as its administrator.</source>
        <translation>Keine Benutzer: Wer die Schlüssel dieses Profils besitzt, handelt als dessen Administrator.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>last signed in %1</source>
        <translation>zuletzt angemeldet am %1</translation>
    </message>
    <message>
        <source>never signed in</source>
        <translation>nie angemeldet</translation>
    </message>
    <message>
        <source>The role must be security-admin, compliance, support or auditor, not &quot;%1&quot;.</source>
        <translation>Die Rolle muss security-admin, compliance, support oder auditor sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>%1 is disabled; its API tokens are revoked.</source>
        <translation>%1 ist deaktiviert; die API-Tokens dieses Benutzers wurden widerrufen.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 ist aktiviert.</translation>
    </message>
    <message>
        <source>tokens create needs --user NAME: the user the token acts for.</source>
        <translation>tokens create benötigt --user NAME: den Benutzer, für den das Token handelt.</translation>
    </message>
    <message>
        <source>API token %1 for %2 (%3): shown this once; keep it like a password.</source>
        <translation>API-Token %1 für %2 (%3): wird nur dieses eine Mal angezeigt; bewahren Sie es wie ein Passwort auf.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>A token id is a number, not &quot;%1&quot;.</source>
        <translation>Eine Token-ID ist eine Zahl, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>API token %1 of %2 is revoked.</source>
        <translation>Das API-Token %1 von %2 wurde widerrufen.</translation>
    </message>
    <message>
        <source>User %1 (%2). Shown this once:</source>
        <translation>Benutzer %1 (%2). Wird nur dieses eine Mal angezeigt:</translation>
    </message>
    <message>
        <source>Two-factor enrollment (scan or paste into an authenticator app): %1</source>
        <translation>Zwei-Faktor-Einrichtung (in einer Authenticator-App scannen oder dort einfügen): %1</translation>
    </message>
    <message>
        <source>Recovery codes (each works once; keep them offline):</source>
        <translation>Wiederherstellungscodes (jeder funktioniert nur einmal; bewahren Sie sie offline auf):</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Add a user (--role ROLE); prints the two-factor enrollment and recovery codes once.</source>
        <translation>Einen Benutzer hinzufügen (--role ROLE); gibt die Zwei-Faktor-Einrichtung und die Wiederherstellungscodes einmalig aus.</translation>
    </message>
    <message>
        <source>List the users and their roles.</source>
        <translation>Die Benutzer und ihre Rollen auflisten.</translation>
    </message>
    <message>
        <source>Change a user&apos;s role (the last Security Administrator stays one).</source>
        <translation>Die Rolle eines Benutzers ändern (der letzte Sicherheitsadministrator behält seine Rolle).</translation>
    </message>
    <message>
        <source>Disable a user and revoke its API tokens.</source>
        <translation>Einen Benutzer deaktivieren und seine API-Tokens widerrufen.</translation>
    </message>
    <message>
        <source>Enable a disabled user.</source>
        <translation>Einen deaktivierten Benutzer wieder aktivieren.</translation>
    </message>
    <message>
        <source>Give a user a new two-factor secret and new recovery codes.</source>
        <translation>Einem Benutzer ein neues Zwei-Faktor-Geheimnis und neue Wiederherstellungscodes geben.</translation>
    </message>
    <message>
        <source>Create an API token for --user NAME (--role, --expires, --label); prints it once.</source>
        <translation>Ein API-Token für --user NAME erstellen (--role, --expires, --label); gibt es einmalig aus.</translation>
    </message>
    <message>
        <source>List API tokens (never the tokens).</source>
        <translation>API-Tokens auflisten (niemals die Tokens selbst).</translation>
    </message>
    <message>
        <source>Revoke an API token.</source>
        <translation>Ein API-Token widerrufen.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Set a new password: your own after signing in with the old one, anyone&apos;s as a Security Administrator.</source>
        <translation>Ein neues Passwort festlegen: Ihr eigenes nach der Anmeldung mit dem alten, das jedes Benutzers als Sicherheitsadministrator.</translation>
    </message>
    <message>
        <source>Cannot read %1 from %2.</source>
        <translation>Aus %2 kann %1 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Give the secret with --secret-file FILE.</source>
        <translation>Übergeben Sie das Secret mit --secret-file FILE.</translation>
    </message>
    <message>
        <source>the secret</source>
        <translation>das Secret</translation>
    </message>
    <message>
        <source>The secret file is empty.</source>
        <translation>Die Secret-Datei ist leer.</translation>
    </message>
    <message>
        <source>--scheme must be one of %1, not &quot;%2&quot;.</source>
        <translation>--scheme muss einer der Werte %1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the scheme configuration</source>
        <translation>die Konfiguration des Verfahrens</translation>
    </message>
    <message>
        <source>The scheme configuration is not a JSON object (%1).</source>
        <translation>Die Konfiguration des Verfahrens ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 erwartet eine Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>Give the delivery&apos;s body with --body-file FILE (exactly as received).</source>
        <translation>Übergeben Sie den Inhalt der Zustellung mit --body-file FILE (genau wie empfangen).</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>der Inhalt</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;, not &quot;%1&quot;.</source>
        <translation>--header erwartet &quot;Name: Wert&quot;, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid (%1)</source>
        <translation>ungültig (%1)</translation>
    </message>
    <message>
        <source>delivery %1, event %2</source>
        <translation>Zustellung %1, Ereignis %2</translation>
    </message>
    <message>
        <source>(valid until %1)</source>
        <translation>(gültig bis %1)</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>Give the signature scheme with --scheme.</source>
        <translation>Geben Sie das Signaturverfahren mit --scheme an.</translation>
    </message>
    <message>
        <source>No webhook sources: add one with `webhooks sources add`.</source>
        <translation>Keine Webhook-Quellen: Fügen Sie eine mit `webhooks sources add` hinzu.</translation>
    </message>
    <message>
        <source>No deliveries.</source>
        <translation>Keine Zustellungen.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>A delivery id is a number (see `webhooks list`).</source>
        <translation>Eine Zustellungs-ID ist eine Zahl (siehe `webhooks list`).</translation>
    </message>
    <message>
        <source>A delivery id is a number, not &quot;%1&quot;.</source>
        <translation>Eine Zustellungs-ID ist eine Zahl, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The others were not verified, or do not exist: they are never processed.</source>
        <translation>Die übrigen wurden nicht verifiziert oder existieren nicht: Diese werden nie verarbeitet.</translation>
    </message>
    <message>
        <source>Check a delivery&apos;s signature by hand; exit 0 when valid, 1 when not.</source>
        <translation>Die Signatur einer Zustellung manuell prüfen; Exit-Code 0, wenn sie gültig ist, sonst 1.</translation>
    </message>
    <message>
        <source>Accept deliveries at /webhooks/NAME, signed per --scheme with the secret in --secret-file.</source>
        <translation>Zustellungen unter /webhooks/NAME annehmen, signiert nach --scheme mit dem Secret aus --secret-file.</translation>
    </message>
    <message>
        <source>List the webhook sources and their secrets&apos; fingerprints.</source>
        <translation>Die Webhook-Quellen und die Fingerabdrücke ihrer Secrets auflisten.</translation>
    </message>
    <message>
        <source>Add a new secret; the old ones stay valid for --overlap-hours (default 24).</source>
        <translation>Ein neues Secret hinzufügen; die alten bleiben für --overlap-hours gültig (Standard: 24).</translation>
    </message>
    <message>
        <source>List received deliveries, newest first.</source>
        <translation>Empfangene Zustellungen auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Show a delivery: headers (secrets redacted), body and processing result.</source>
        <translation>Eine Zustellung anzeigen: Header (Secrets geschwärzt), Inhalt und Ergebnis der Verarbeitung.</translation>
    </message>
    <message>
        <source>Process verified deliveries again.</source>
        <translation>Verifizierte Zustellungen erneut verarbeiten.</translation>
    </message>
    <message>
        <source>An endpoint id is a number (see `webhooks endpoints list`).</source>
        <translation>Eine Endpunkt-ID ist eine Zahl (siehe `webhooks endpoints list`).</translation>
    </message>
    <message>
        <source>Signing secret (shown once; give it to the receiver to verify the Standard Webhooks signatures): %1</source>
        <translation>Signatur-Secret (wird nur einmal angezeigt; übergeben Sie es dem Empfänger, damit er die Standard-Webhooks-Signaturen prüfen kann): %1</translation>
    </message>
    <message>
        <source>No endpoints: add one with `webhooks endpoints add URL`.</source>
        <translation>Keine Endpunkte: Fügen Sie einen mit `webhooks endpoints add URL` hinzu.</translation>
    </message>
    <message>
        <source>Endpoint %1 removed, with its undelivered messages and its secret.</source>
        <translation>Endpunkt %1 wurde entfernt, zusammen mit seinen nicht zugestellten Nachrichten und seinem Secret.</translation>
    </message>
    <message>
        <source>Send Keyward&apos;s events (--events a,b or all) to URL, signed per Standard Webhooks; prints the secret once.</source>
        <translation>Die Ereignisse von Keyward (--events a,b oder all) an URL senden, signiert nach Standard Webhooks; gibt das Secret einmalig aus.</translation>
    </message>
    <message>
        <source>List the event endpoints and their health.</source>
        <translation>Die Ereignis-Endpunkte und ihren Zustand auflisten.</translation>
    </message>
    <message>
        <source>Switch an endpoint on again (after it answered 410 Gone, say).</source>
        <translation>Einen Endpunkt wieder einschalten (etwa nachdem er mit 410 Gone geantwortet hat).</translation>
    </message>
    <message>
        <source>Switch an endpoint off; its undelivered messages are dropped.</source>
        <translation>Einen Endpunkt ausschalten; seine nicht zugestellten Nachrichten werden verworfen.</translation>
    </message>
    <message>
        <source>Delete an endpoint, its undelivered messages and its secret.</source>
        <translation>Einen Endpunkt mit seinen nicht zugestellten Nachrichten und seinem Secret löschen.</translation>
    </message>
    <message>
        <source>google-risc tokens are checked against Google&apos;s published keys, which only `serve` fetches; verify needs an HMAC scheme.</source>
        <translation>google-risc-Tokens werden gegen die veröffentlichten Schlüssel von Google geprüft, die nur `serve` abruft; verify benötigt ein HMAC-Verfahren.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) queued for processing again.</source>
        <translation>
            <numerusform>%n Zustellung zur erneuten Verarbeitung eingereiht.</numerusform>
            <numerusform>%n Zustellungen zur erneuten Verarbeitung eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiver: on, at %1 (started by `serve` and by the console).</source>
        <translation>Empfänger: an, unter %1 (gestartet von `serve` und von der Konsole).</translation>
    </message>
    <message>
        <source>Receiver: off (configured address %1).</source>
        <translation>Empfänger: aus (eingestellte Adresse %1).</translation>
    </message>
    <message>
        <source>Certificate: self-signed, made at each start (for local use only).</source>
        <translation>Zertifikat: selbstsigniert, bei jedem Start neu erzeugt (nur für lokale Nutzung).</translation>
    </message>
    <message>
        <source>Certificate: %1
Key: %2</source>
        <translation>Zertifikat: %1
Schlüssel: %2</translation>
    </message>
    <message>
        <source>The console or `serve` holding the profile applies this when it next opens it.</source>
        <translation>Die Konsole oder `serve`, die das Profil gerade hält, übernimmt dies beim nächsten Öffnen.</translation>
    </message>
    <message>
        <source>Show where the profile&apos;s webhook receiver listens and with which certificate.</source>
        <translation>Zeigt, wo der Webhook-Empfänger des Profils lauscht und mit welchem Zertifikat.</translation>
    </message>
    <message>
        <source>Switch the receiver on for `serve` and the console: --listen ADDRESS:PORT, --tls-cert and --tls-key (or --self-signed).</source>
        <translation>Schaltet den Empfänger für `serve` und die Konsole ein: --listen ADRESSE:PORT, --tls-cert und --tls-key (oder --self-signed).</translation>
    </message>
    <message>
        <source>Switch the receiver off (`serve --webhooks-listen` still starts one).</source>
        <translation>Schaltet den Empfänger aus (`serve --webhooks-listen` startet weiterhin einen).</translation>
    </message>
    <message>
        <source>Events up to #%1 were removed by retention; the signed checkpoint at #%1 anchors the rest.</source>
        <translation>Ereignisse bis #%1 wurden durch die Aufbewahrung entfernt; der signierte Kontrollpunkt bei #%1 verankert den Rest.</translation>
    </message>
    <message>
        <source>%1: %2 days%3 (at least %4)</source>
        <translation>%1: %2 Tage%3 (mindestens %4)</translation>
    </message>
    <message>
        <source>, the default</source>
        <translation>, der Standard</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: one of %2.</source>
        <translation>Unbekannte Art „%1“: eine von %2.</translation>
    </message>
    <message>
        <source>DAYS is a whole number of days.</source>
        <translation>TAGE ist eine ganze Zahl von Tagen.</translation>
    </message>
    <message>
        <source> (the chain now starts after event %1, anchored by its signed checkpoint)</source>
        <translation> (die Kette beginnt jetzt nach Ereignis %1, verankert durch dessen signierten Kontrollpunkt)</translation>
    </message>
    <message>
        <source>Show how long each kind of data is kept: audit-events, job-history, webhook-payloads, revoked-connections.</source>
        <translation>Zeigt, wie lange jede Art von Daten aufbewahrt wird: audit-events, job-history, webhook-payloads, revoked-connections.</translation>
    </message>
    <message>
        <source>Keep KIND for DAYS days (not below its floor); applied by the daily job or `retention apply`.</source>
        <translation>Bewahrt ART TAGE Tage auf (nicht unter ihrer Untergrenze); angewendet durch den täglichen Job oder `retention apply`.</translation>
    </message>
    <message>
        <source>Remove now what the policies no longer keep, and record what was removed in the audit log.</source>
        <translation>Entfernt jetzt, was die Richtlinien nicht mehr aufbewahren, und hält das Entfernte im Prüfprotokoll fest.</translation>
    </message>
    <message>
        <source>Removed %1 audit event(s)%2, %3 finished job(s), %4 webhook payload(s) and %5 outbound message(s), %6 revoked connection(s).</source>
        <translation>Entfernt: %1 Prüfereignis(se)%2, %3 beendete Job(s), %4 Webhook-Nutzdaten und %5 ausgehende Nachricht(en), %6 widerrufene Verbindung(en).</translation>
    </message>
    <message>
        <source>Audit events were not trimmed (%1).</source>
        <translation>Prüfereignisse wurden nicht gekürzt (%1).</translation>
    </message>
    <message>
        <source>--outcome takes success, failure or denied.</source>
        <translation>--outcome erwartet success, failure oder denied.</translation>
    </message>
    <message>
        <source>Show the latest audit events (-n N), filtered by --action, --actor, --target, --outcome, --search, --from and --to.</source>
        <translation>Die neuesten Audit-Ereignisse anzeigen (-n N), gefiltert nach --action, --actor, --target, --outcome, --search, --from und --to.</translation>
    </message>
    <message>
        <source>--format takes pdf, csv or json, not &quot;%1&quot;.</source>
        <translation>--format erwartet pdf, csv oder json, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from must lie before --to.</source>
        <translation>--from muss vor --to liegen.</translation>
    </message>
    <message>
        <source>Say where to write the report: --out FILE.</source>
        <translation>Geben Sie an, wohin der Bericht geschrieben werden soll: --out FILE.</translation>
    </message>
    <message>
        <source>--max-age-days takes a positive number of days.</source>
        <translation>--max-age-days erwartet eine positive Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>Wrote the %1 report (%2 rows, %3 bytes, %4) to %5; SHA-256 %6, recorded in the audit log.</source>
        <translation>Bericht &quot;%1&quot; (%2 Zeilen, %3 Bytes, %4) nach %5 geschrieben; SHA-256 %6, im Audit-Protokoll erfasst.</translation>
    </message>
    <message>
        <source>--type takes one of %1.</source>
        <translation>--type erwartet einen der Werte %1.</translation>
    </message>
    <message>
        <source>--format takes pdf, csv or json.</source>
        <translation>--format erwartet pdf, csv oder json.</translation>
    </message>
    <message>
        <source>Say where the reports go: --folder DIR.</source>
        <translation>Geben Sie an, wohin die Berichte geschrieben werden: --folder DIR.</translation>
    </message>
    <message>
        <source>--days takes a whole number of days.</source>
        <translation>--days erwartet eine ganze Zahl von Tagen.</translation>
    </message>
    <message>
        <source>Scheduled &quot;%1&quot;: the %2 report as %3 into %4 on &quot;%5&quot; (UTC), each covering %6 day(s). `keyward-cli serve` or the console runs it.</source>
        <translation>Zeitplan &quot;%1&quot; angelegt: Bericht &quot;%2&quot; als %3 nach %4, gemäß &quot;%5&quot; (UTC), jeder Lauf deckt %6 Tag(e) ab. `keyward-cli serve` oder die Konsole führt ihn aus.</translation>
    </message>
    <message>
        <source>No reports are scheduled.</source>
        <translation>Es sind keine Berichte geplant.</translation>
    </message>
    <message>
        <source>Removed the report schedule &quot;%1&quot;; reports already written stay.</source>
        <translation>Berichtszeitplan &quot;%1&quot; entfernt; bereits geschriebene Berichte bleiben erhalten.</translation>
    </message>
    <message>
        <source>Write the %1 report for --from DATE --to DATE (default: the last 30 days) as --format pdf|csv|json to --out FILE.</source>
        <translation>Den Bericht &quot;%1&quot; für --from DATE --to DATE (Standard: die letzten 30 Tage) als --format pdf|csv|json nach --out FILE schreiben.</translation>
    </message>
    <message>
        <source>Generate a report on a schedule into a folder: --type TYPE --cron &apos;MIN HOUR DOM MON DOW&apos; --folder DIR [--format pdf|csv|json] [--days N].</source>
        <translation>Einen Bericht nach Zeitplan in einen Ordner erzeugen: --type TYPE --cron &apos;MIN HOUR DOM MON DOW&apos; --folder DIR [--format pdf|csv|json] [--days N].</translation>
    </message>
    <message>
        <source>List the scheduled reports.</source>
        <translation>Die geplanten Berichte auflisten.</translation>
    </message>
    <message>
        <source>Stop generating a scheduled report.</source>
        <translation>Die Erzeugung eines geplanten Berichts beenden.</translation>
    </message>
    <message>
        <source>Found %1 record(s): %2 connection(s), %3 audit event(s), %4 job(s), %5 webhook delivery(ies), %6 outbound event(s).</source>
        <translation>%1 Datensätze gefunden: %2 Verbindung(en), %3 Audit-Ereignis(se), %4 Job(s), %5 Webhook-Zustellung(en), %6 ausgehende(s) Ereignis(se).</translation>
    </message>
    <message>
        <source>Say where to write the bundle: --out FILE.</source>
        <translation>Geben Sie an, wohin das Paket geschrieben werden soll: --out FILE.</translation>
    </message>
    <message>
        <source>Wrote %1 record(s) about the subject to %2 (SHA-256 %3). The request is in the audit log under a keyed reference, not the subject&apos;s name.</source>
        <translation>%1 Datensätze über die betroffene Person nach %2 geschrieben (SHA-256 %3). Die Anfrage steht im Audit-Protokoll unter einer mit einem Schlüssel gebildeten Referenz, nicht unter dem Namen der Person.</translation>
    </message>
    <message>
        <source>Count what the profile holds about SUBJECT (a provider account id or an e-mail address).</source>
        <translation>Zählen, was das Profil über SUBJECT enthält (eine Konto-ID beim Provider oder eine E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>Write everything the profile holds about SUBJECT as a JSON bundle with a manifest to --out FILE.</source>
        <translation>Alles, was das Profil über SUBJECT enthält, als JSON-Paket mit Manifest nach --out FILE schreiben.</translation>
    </message>
</context>
<context>
    <name>Keyward::Cli::Serve</name>
    <message>
        <source>--workers takes a number from 1 to 64.</source>
        <translation>--workers erwartet eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>--drain-timeout takes a number of seconds.</source>
        <translation>--drain-timeout erwartet eine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>Cannot watch for signals.</source>
        <translation>Signale können nicht überwacht werden.</translation>
    </message>
    <message>
        <source>serving profile &quot;%1&quot; with %2 workers; stop with SIGTERM or Ctrl-C.</source>
        <translation>Profil &quot;%1&quot; läuft mit %2 Workern; beenden mit SIGTERM oder Ctrl-C.</translation>
    </message>
    <message>
        <source>second signal: stopping now.</source>
        <translation>zweites Signal: sofortiger Stopp.</translation>
    </message>
    <message numerus="yes">
        <source>draining: %n job(s) running, up to %1 s.</source>
        <translation>
            <numerusform>geordnetes Beenden: %n Job läuft noch, höchstens %1 s.</numerusform>
            <numerusform>geordnetes Beenden: %n Jobs laufen noch, höchstens %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>drain timeout: giving back the leases of jobs still running.</source>
        <translation>Zeitlimit für geordnetes Beenden erreicht: Die Zuteilungen noch laufender Jobs werden zurückgegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s) given back.</source>
        <translation>
            <numerusform>%n Zuteilung zurückgegeben.</numerusform>
            <numerusform>%n Zuteilungen zurückgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation>beendet.</translation>
    </message>
    <message>
        <source>, self-signed: for local use only</source>
        <translation>, selbstsigniert: nur für die lokale Nutzung</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go with --webhooks-listen.</source>
        <translation>--tls-cert und --tls-key gehören zu --webhooks-listen.</translation>
    </message>
    <message>
        <source>receiving webhooks on %1/webhooks/NAME (certificate SHA-256 %2%3).</source>
        <translation>empfange Webhooks unter %1/webhooks/NAME (Zertifikat SHA-256 %2%3).</translation>
    </message>
    <message>
        <source>webhook receiver not started: %1</source>
        <translation>Webhook-Empfänger nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>Keyward::Connections</name>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Wird erneuert</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch ausstehend</translation>
    </message>
    <message>
        <source>Reauthorization required</source>
        <translation>Erneute Autorisierung erforderlich</translation>
    </message>
    <message>
        <source>Refresh exhausted</source>
        <translation>Erneuerung aufgegeben</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>No %1.</source>
        <translation>Nicht gefunden: %1.</translation>
    </message>
    <message>
        <source>provider app %1</source>
        <translation>Provider-App %1</translation>
    </message>
    <message>
        <source>There is no provider app &quot;%1&quot;: see `keyward-cli apps list`.</source>
        <translation>Es gibt keine Provider-App &quot;%1&quot;: siehe `keyward-cli apps list`.</translation>
    </message>
    <message>
        <source>There is no connection %1: see `keyward-cli connections list`.</source>
        <translation>Es gibt keine Verbindung %1: siehe `keyward-cli connections list`.</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>A stored token names the key &quot;%1&quot;, which the key ring does not hold: restore the keychain entry or reconnect the account.</source>
        <translation>Ein gespeichertes Token verweist auf den Schlüssel &quot;%1&quot;, den der Schlüsselring nicht enthält: Stellen Sie den Schlüsselbundeintrag wieder her, oder verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <source>No random bytes.</source>
        <translation>Keine Zufallsbytes verfügbar.</translation>
    </message>
    <message>
        <source>A token could not be encrypted.</source>
        <translation>Ein Token konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The token key %1 still seals %2 connection(s); it is retired once they are re-sealed.</source>
        <translation>Der Token-Schlüssel %1 versiegelt noch %2 Verbindung(en); er wird außer Dienst gestellt, sobald diese neu versiegelt sind.</translation>
    </message>
    <message>
        <source>A stored token does not decrypt: it was changed outside Keyward, or its key is not the one in the keychain. Reconnect the account.</source>
        <translation>Ein gespeichertes Token lässt sich nicht entschlüsseln: Es wurde außerhalb von Keyward verändert, oder sein Schlüssel ist nicht der im Schlüsselbund. Verbinden Sie das Konto erneut.</translation>
    </message>
</context>
<context>
    <name>Keyward::Connections::ConnectFlow</name>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Der Verbindungsaufbau wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (app &quot;%2&quot;) does not support the %3 flow.</source>
        <translation>%1 (App &quot;%2&quot;) unterstützt den Flow %3 nicht.</translation>
    </message>
    <message>
        <source>The app has no authorization endpoint.</source>
        <translation>Die App hat keinen Autorisierungs-Endpunkt.</translation>
    </message>
    <message>
        <source>Keyward cannot listen on 127.0.0.1 for the browser&apos;s redirect.</source>
        <translation>Keyward kann auf 127.0.0.1 nicht auf die Weiterleitung des Browsers warten.</translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s): start again.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam keine Antwort vom Browser: Beginnen Sie erneut.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Antwort vom Browser: Beginnen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyward: not connected</source>
        <translation>Keyward: nicht verbunden</translation>
    </message>
    <message>
        <source>Exchanging the authorization code…</source>
        <translation>Autorisierungscode wird eingelöst…</translation>
    </message>
    <message>
        <source>The device code expired before the request was approved: start again.</source>
        <translation>Der Gerätecode ist abgelaufen, bevor die Anfrage genehmigt wurde: Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>%1 returned no ID token although the openid scope was granted.</source>
        <translation>%1 hat kein ID-Token zurückgegeben, obwohl der Scope openid gewährt wurde.</translation>
    </message>
    <message>
        <source>%1 publishes no signing keys (jwks_uri): the ID token cannot be checked.</source>
        <translation>%1 veröffentlicht keine Signaturschlüssel (jwks_uri): Das ID-Token kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The ID token from %1 was rejected: %2.</source>
        <translation>Das ID-Token von %1 wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <source>Keyward did not accept this authorization: %1 Return to Keyward.</source>
        <translation>Keyward hat diese Autorisierung nicht angenommen: %1 Kehren Sie zu Keyward zurück.</translation>
    </message>
</context>
<context>
    <name>Keyward::Connections::ConnectionService</name>
    <message>
        <source>The app needs a name (--name).</source>
        <translation>Die App benötigt einen Namen (--name).</translation>
    </message>
    <message>
        <source>The app needs a client id (--client-id).</source>
        <translation>Die App benötigt eine Client-ID (--client-id).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the provider catalog. Known: %2.</source>
        <translation>&quot;%1&quot; ist nicht im Provider-Katalog. Bekannt: %2.</translation>
    </message>
    <message>
        <source>The app needs a token endpoint: give --discovery URL, or --authorize-url and --token-url.</source>
        <translation>Die App benötigt einen Token-Endpunkt: Geben Sie --discovery URL oder --authorize-url und --token-url an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// URL: OAuth endpoints must use TLS (plain http is accepted only on 127.0.0.1).</source>
        <translation>&quot;%1&quot; ist keine https://-URL: OAuth-Endpunkte müssen TLS verwenden (unverschlüsseltes http wird nur auf 127.0.0.1 akzeptiert).</translation>
    </message>
    <message>
        <source>The %1 method authenticates with a client secret: give it on standard input (--client-secret-stdin), or use --auth-method none for a public client.</source>
        <translation>Die Methode %1 authentifiziert sich mit einem Client-Secret: Übergeben Sie es über die Standardeingabe (--client-secret-stdin), oder verwenden Sie --auth-method none für einen öffentlichen Client.</translation>
    </message>
    <message>
        <source>The redirect URI must be a loopback URI such as http://127.0.0.1/callback (RFC 8252): Keyward receives the browser&apos;s redirect itself.</source>
        <translation>Die Redirect-URI muss eine Loopback-URI wie http://127.0.0.1/callback sein (RFC 8252): Keyward empfängt die Weiterleitung des Browsers selbst.</translation>
    </message>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation>Die CA-Datei enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Discovery at %1 failed: %2</source>
        <translation>Discovery bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The provider advertises no token endpoint.</source>
        <translation>Der Provider gibt keinen Token-Endpunkt an.</translation>
    </message>
    <message>
        <source>An app named &quot;%1&quot; exists already.</source>
        <translation>Eine App namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>The new client secret is empty.</source>
        <translation>Das neue Client-Secret ist leer.</translation>
    </message>
    <message>
        <source>The new client secret was not accepted, so the old one stays in use: %1</source>
        <translation>Das neue Client-Secret wurde nicht akzeptiert; das alte bleibt daher in Gebrauch: %1</translation>
    </message>
    <message>
        <source>Connection %1 is revoked: connect the account again.</source>
        <translation>Verbindung %1 ist widerrufen: Verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <source>Connection %1 needs reauthorization: %2</source>
        <translation>Verbindung %1 muss erneut autorisiert werden: %2</translation>
    </message>
    <message>
        <source>Connection %1 has no refresh token (%2 issues none): connect the account again when the access token expires.</source>
        <translation>Verbindung %1 hat kein Refresh-Token (%2 stellt keine aus): Verbinden Sie das Konto erneut, wenn das Zugriffstoken abläuft.</translation>
    </message>
    <message>
        <source>Connection %1 (%2, %3) needs reauthorization: %4</source>
        <translation>Verbindung %1 (%2, %3) muss erneut autorisiert werden: %4</translation>
    </message>
    <message>
        <source>Connection %1 (%2): refreshing has failed since %3 and Keyward gave up. Last error: %4</source>
        <translation>Verbindung %1 (%2): Die Erneuerung schlägt seit %3 fehl, und Keyward hat aufgegeben. Letzter Fehler: %4</translation>
    </message>
    <message>
        <source>%1 offers no token revocation endpoint: revoke the grant in the provider&apos;s console, then remove it here with --local-only.</source>
        <translation>%1 bietet keinen Endpunkt zum Widerrufen von Tokens: Widerrufen Sie die Autorisierung in der Konsole des Providers, und entfernen Sie die Verbindung dann hier mit --local-only.</translation>
    </message>
    <message>
        <source>The connection was not revoked (nothing changed here): %1</source>
        <translation>Die Verbindung wurde nicht widerrufen (hier wurde nichts geändert): %1</translation>
    </message>
    <message>
        <source>Connection %1 holds no token (it is revoked).</source>
        <translation>Verbindung %1 enthält kein Token (sie ist widerrufen).</translation>
    </message>
    <message>
        <source>These refresh settings cannot work: refresh ahead 0–90 % of the lifetime, a backoff base of at least 1 s and a maximum no smaller than the base, a give-up window of at least a minute.</source>
        <translation>Diese Erneuerungseinstellungen sind nicht umsetzbar. Erforderlich sind: Erneuerung bei 0–90 % verbleibender Lebensdauer, eine Basis-Wartezeit von mindestens 1 s, ein Maximum nicht kleiner als die Basis und ein Zeitfenster bis zur Aufgabe von mindestens einer Minute.</translation>
    </message>
</context>
<context>
    <name>Keyward::ConsoleApplication</name>
    <message>
        <source>Keyward administration console</source>
        <translation>Keyward-Verwaltungskonsole</translation>
    </message>
    <message>
        <source>Open profile NAME.</source>
        <translation>Profil NAME öffnen.</translation>
    </message>
    <message>
        <source>Open the profile in DIR.</source>
        <translation>Das Profil im Verzeichnis DIR öffnen.</translation>
    </message>
</context>
<context>
    <name>Keyward::Engine::Engine</name>
    <message>
        <source>A profile already exists at %1: open it, or choose another name or directory.</source>
        <translation>Unter %1 existiert bereits ein Profil: Öffnen Sie es, oder wählen Sie einen anderen Namen oder ein anderes Verzeichnis.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The profile directory %1 cannot be created: check that its parent is writable.</source>
        <translation>Das Profilverzeichnis %1 kann nicht erstellt werden: Prüfen Sie, ob das übergeordnete Verzeichnis beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 already holds a database but no profile manifest: move it away first.</source>
        <translation>%1 enthält bereits eine Datenbank, aber kein Profilmanifest: Verschieben Sie die Datenbank zuerst an einen anderen Ort.</translation>
    </message>
    <message>
        <source>The profile needs a schema upgrade, which only the process that owns it can do: close the other Keyward using it and retry.</source>
        <translation>Das Profil benötigt eine Schema-Aktualisierung, die nur der Prozess durchführen kann, dem es gehört: Schließen Sie die andere Keyward-Instanz, die es verwendet, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Rotating the database key needs the profile to itself.</source>
        <translation>Für die Rotation des Datenbankschlüssels wird exklusiver Zugriff auf das Profil benötigt.</translation>
    </message>
    <message>
        <source>The database key comes from systemd credentials, which Keyward cannot change: rotate it with the OS keychain as key source, then provision the new key as a credential.</source>
        <translation>Der Datenbankschlüssel stammt aus systemd-Credentials, die Keyward nicht ändern kann: Rotieren Sie ihn mit dem Schlüsselbund des Betriebssystems als Schlüsselquelle, und stellen Sie den neuen Schlüssel anschließend als Credential bereit.</translation>
    </message>
    <message>
        <source>The key was rotated but the audit event could not be written.</source>
        <translation>Der Schlüssel wurde rotiert, aber das Audit-Ereignis konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another profile (%2), not to &quot;%3&quot;.</source>
        <translation>Die Sicherung %1 gehört zu einem anderen Profil (%2), nicht zu &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>A profile already exists at %1: restore into it without a recovery kit.</source>
        <translation>Unter %1 existiert bereits ein Profil: Stellen Sie die Sicherung ohne Wiederherstellungskit in dieses Profil wieder her.</translation>
    </message>
    <message>
        <source>This is not a Keyward recovery kit (or it was altered).</source>
        <translation>Dies ist kein Keyward-Wiederherstellungskit (oder es wurde verändert).</translation>
    </message>
    <message>
        <source>This machine already holds the keys of profile %1: restore the backup into that profile (without --recovery-kit) instead.</source>
        <translation>Dieser Rechner besitzt bereits die Schlüssel von Profil %1: Stellen Sie die Sicherung stattdessen in dieses Profil wieder her (ohne --recovery-kit).</translation>
    </message>
    <message>
        <source>The backup&apos;s audit log is broken (%1): it will not be restored.</source>
        <translation>Das Audit-Protokoll der Sicherung ist beschädigt (%1): Die Sicherung wird nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup could not be copied into %1.</source>
        <translation>Die Sicherung konnte nicht nach %1 kopiert werden.</translation>
    </message>
    <message>
        <source>The restored database could not be moved into place.</source>
        <translation>Die wiederhergestellte Datenbank konnte nicht an ihren Zielort verschoben werden.</translation>
    </message>
    <message>
        <source>The restored database did not open (%1); the previous one was put back.</source>
        <translation>Die wiederhergestellte Datenbank ließ sich nicht öffnen (%1); die vorherige wurde wieder eingesetzt.</translation>
    </message>
    <message>
        <source>The profile is newer than the backup (%1 changes after the backup&apos;s last event %2; the profile reaches event %3): restoring would lose them. Add --force to restore anyway.</source>
        <translation>Das Profil ist neuer als die Sicherung (%1 Änderungen nach dem letzten Ereignis %2 der Sicherung; das Profil reicht bis Ereignis %3): Die Wiederherstellung würde sie verwerfen. Geben Sie --force an, um trotzdem wiederherzustellen.</translation>
    </message>
    <message>
        <source>Only the process that owns the profile runs its workers: close the other Keyward using it.</source>
        <translation>Nur der Prozess, dem das Profil gehört, führt dessen Worker aus: Schließen Sie die andere Keyward-Instanz, die es verwendet.</translation>
    </message>
    <message>
        <source>The dead job could not be recorded in the audit log.</source>
        <translation>Der tote Job konnte nicht im Audit-Protokoll erfasst werden.</translation>
    </message>
    <message>
        <source>The change could not be recorded in the audit log.</source>
        <translation>Die Änderung konnte nicht im Audit-Protokoll festgehalten werden.</translation>
    </message>
    <message>
        <source>The user %1 was disabled: this session ends.</source>
        <translation>Der Benutzer %1 wurde deaktiviert: Diese Sitzung wird beendet.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has users: sign in with --user NAME (and --password-stdin, --otp) or an API token (--token-file or $KEYWARD_TOKEN).</source>
        <translation>Das Profil &quot;%1&quot; hat Benutzer: Melden Sie sich mit --user NAME (und --password-stdin, --otp) oder mit einem API-Token (--token-file oder $KEYWARD_TOKEN) an.</translation>
    </message>
    <message>
        <source>The webhook receiver runs only where the workers run (they process what it records).</source>
        <translation>Der Webhook-Empfänger läuft nur dort, wo die Worker laufen (sie verarbeiten, was er aufzeichnet).</translation>
    </message>
    <message>
        <source>The profile&apos;s database file is damaged: restore it from a backup.</source>
        <translation>Die Datenbankdatei des Profils ist beschädigt: Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>Keyward::Engine::ProfileSession</name>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>The console is locked for %1: only %1 can unlock it (or open the profile again to sign in as someone else).</source>
        <translation>Die Konsole ist für %1 gesperrt: Nur %1 kann sie entsperren (oder öffnen Sie das Profil erneut, um sich als anderer Benutzer anzumelden).</translation>
    </message>
    <message>
        <source>Not started: the receiver runs where the engine&apos;s workers run, and your role does not run them. Sign in as a Security Administrator or Support, or run `keyward-cli serve`.</source>
        <translation>Nicht gestartet: Der Empfänger läuft dort, wo die Worker der Engine laufen, und Ihre Rolle betreibt sie nicht. Melden Sie sich als Sicherheitsadministrator oder Support an, oder starten Sie `keyward-cli serve`.</translation>
    </message>
    <message>
        <source>The webhook receiver did not start: %1</source>
        <translation>Der Webhook-Empfänger ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Another profile was opened meanwhile; its receiver follows its settings.</source>
        <translation>Inzwischen wurde ein anderes Profil geöffnet; sein Empfänger folgt dessen Einstellungen.</translation>
    </message>
</context>
<context>
    <name>Keyward::ItemModels::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Keyward::ItemModels::ConnectionTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Läuft ab (UTC)</translation>
    </message>
    <message>
        <source>Last refresh (UTC)</source>
        <translation>Letzte Erneuerung (UTC)</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotationen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>Keyward::ItemModels::DeliveryTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>body too large</source>
        <translation>Inhalt zu groß</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>keine Signatur</translation>
    </message>
    <message>
        <source>malformed signature</source>
        <translation>fehlerhafte Signatur</translation>
    </message>
    <message>
        <source>no timestamp</source>
        <translation>kein Zeitstempel</translation>
    </message>
    <message>
        <source>malformed timestamp</source>
        <translation>fehlerhafter Zeitstempel</translation>
    </message>
    <message>
        <source>no delivery id</source>
        <translation>keine Zustellungs-ID</translation>
    </message>
    <message>
        <source>timestamp too old</source>
        <translation>Zeitstempel zu alt</translation>
    </message>
    <message>
        <source>timestamp in the future</source>
        <translation>Zeitstempel in der Zukunft</translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation>falsche Signatur</translation>
    </message>
    <message>
        <source>no active secret</source>
        <translation>kein aktives Secret</translation>
    </message>
    <message>
        <source>The body was larger than the receiver accepts, so its signature was not checked.</source>
        <translation>Der Inhalt war größer, als der Empfänger annimmt, daher wurde die Signatur nicht geprüft.</translation>
    </message>
    <message>
        <source>Refused before verification (%1).</source>
        <translation>Vor der Verifizierung abgewiesen (%1).</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>verarbeitet</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>unknown signing key</source>
        <translation>unbekannter Signaturschlüssel</translation>
    </message>
    <message>
        <source>wrong issuer or audience</source>
        <translation>falscher Aussteller oder falsche Zielgruppe</translation>
    </message>
</context>
<context>
    <name>Keyward::ItemModels::JobTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next run / finished (UTC)</source>
        <translation>Nächster Lauf / beendet (UTC)</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>Keyward::Jobs</name>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>The cron expression &quot;%1&quot; is invalid: %2</source>
        <translation>Der cron-Ausdruck &quot;%1&quot; ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1 %2 is out of range %3–%4.</source>
        <translation>Der Wert %2 im Feld %1 liegt außerhalb des Bereichs %3–%4.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: use a number from %3 to %4 or a name from %5 to %6.</source>
        <translation>Der Wert &quot;%2&quot; im Feld %1 ist ungültig: Verwenden Sie eine Zahl von %3 bis %4 oder einen Namen von %5 bis %6.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: use a number from %3 to %4.</source>
        <translation>Der Wert &quot;%2&quot; im Feld %1 ist ungültig: Verwenden Sie eine Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>%1 step &quot;%2&quot; is not valid: use a whole number from 1 to %3.</source>
        <translation>Die Schrittweite &quot;%2&quot; im Feld %1 ist ungültig: Verwenden Sie eine ganze Zahl von 1 bis %3.</translation>
    </message>
    <message>
        <source>%1 range &quot;%2&quot; runs backwards: write the smaller value first.</source>
        <translation>Der Bereich &quot;%2&quot; im Feld %1 ist absteigend: Schreiben Sie den kleineren Wert zuerst.</translation>
    </message>
    <message>
        <source>The cron expression is empty: write five fields (minute hour day-of-month month day-of-week) or a macro such as @daily.</source>
        <translation>Der cron-Ausdruck ist leer: Geben Sie fünf Felder (Minute Stunde Tag-des-Monats Monat Wochentag) oder ein Makro wie @daily an.</translation>
    </message>
    <message>
        <source>%1 is not a known macro: use @yearly, @annually, @monthly, @weekly, @daily, @midnight or @hourly.</source>
        <translation>%1 ist kein bekanntes Makro: Verwenden Sie @yearly, @annually, @monthly, @weekly, @daily, @midnight oder @hourly.</translation>
    </message>
    <message>
        <source>it needs five fields (minute hour day-of-month month day-of-week), not %1.</source>
        <translation>Er benötigt fünf Felder (Minute Stunde Tag-des-Monats Monat Wochentag), nicht %1.</translation>
    </message>
    <message>
        <source>The handler gave up: retrying cannot fix this.</source>
        <translation>Der Handler hat aufgegeben: Eine Wiederholung kann das nicht beheben.</translation>
    </message>
    <message>
        <source>All %1 attempts failed.</source>
        <translation>Alle %1 Versuche sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The job would be older than its maximum age (%1 s) at its next attempt.</source>
        <translation>Der Job wäre beim nächsten Versuch älter als sein Höchstalter (%1 s).</translation>
    </message>
</context>
<context>
    <name>Keyward::Jobs::JobRunner</name>
    <message>
        <source>No handler for job type &quot;%1&quot; in this Keyward.</source>
        <translation>Diese Keyward-Version hat keinen Handler für den Job-Typ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The handler failed: %1</source>
        <translation>Der Handler ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The handler failed with an unknown error.</source>
        <translation>Der Handler ist mit einem unbekannten Fehler fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The %1 queue is falling behind: its oldest due job has waited %2 s (threshold %3 s, %4 jobs due).</source>
        <translation>Die Warteschlange %1 fällt zurück: Ihr ältester fälliger Job wartet seit %2 s (Schwelle %3 s, %4 Jobs fällig).</translation>
    </message>
    <message>
        <source>Job %1 is dead: it will not run again until someone retries it (Jobs page).</source>
        <translation>Job %1 ist tot: Er läuft erst wieder, wenn jemand ihn erneut startet (Seite „Jobs“).</translation>
    </message>
</context>
<context>
    <name>Keyward::Jobs::JobStore</name>
    <message>
        <source>A job needs a type.</source>
        <translation>Ein Job benötigt einen Typ.</translation>
    </message>
    <message>
        <source>Job %1 no longer holds this worker&apos;s lease: its result was not recorded.</source>
        <translation>Job %1 hält die Zuteilung dieses Workers nicht mehr: Sein Ergebnis wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The worker running attempt %1 stopped answering (its lease expired).</source>
        <translation>Der Worker, der Versuch %1 ausgeführt hat, antwortet nicht mehr (seine Zuteilung ist abgelaufen).</translation>
    </message>
    <message>
        <source>Released while the worker pool shut down.</source>
        <translation>Beim Herunterfahren des Worker-Pools freigegeben.</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Job %1.</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; never comes due: check its day and month.</source>
        <translation>Der Zeitplan &quot;%1&quot; wird nie fällig: Prüfen Sie Tag und Monat.</translation>
    </message>
</context>
<context>
    <name>Keyward::OAuth</name>
    <message>
        <source>the state does not match this request</source>
        <translation>der state-Parameter passt nicht zu dieser Anfrage</translation>
    </message>
    <message>
        <source>the redirect names the issuer &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>die Weiterleitung nennt den Issuer &quot;%1&quot;, erwartet wurde &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the redirect has no code</source>
        <translation>die Weiterleitung enthält keinen Code</translation>
    </message>
    <message>
        <source>not a compact JWS</source>
        <translation>kein kompaktes JWS</translation>
    </message>
    <message>
        <source>signature algorithm &quot;%1&quot; is not accepted</source>
        <translation>der Signaturalgorithmus &quot;%1&quot; wird nicht akzeptiert</translation>
    </message>
    <message>
        <source>no signing key &quot;%1&quot; in the provider&apos;s key set</source>
        <translation>kein Signaturschlüssel &quot;%1&quot; im Schlüsselsatz des Providers</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>die Signatur ist ungültig</translation>
    </message>
    <message>
        <source>issuer &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>Issuer &quot;%1&quot;, erwartet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the token is not meant for this client (audience %1)</source>
        <translation>das Token ist nicht für diesen Client bestimmt (Audience %1)</translation>
    </message>
    <message>
        <source>several audiences and azp is not this client</source>
        <translation>mehrere Audiences, und azp ist nicht dieser Client</translation>
    </message>
    <message>
        <source>the token expired</source>
        <translation>das Token ist abgelaufen</translation>
    </message>
    <message>
        <source>the token was issued in the future</source>
        <translation>das Token wurde in der Zukunft ausgestellt</translation>
    </message>
    <message>
        <source>the nonce does not match this request</source>
        <translation>die Nonce passt nicht zu dieser Anfrage</translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>The authorization reached Keyward. You can close this tab.</source>
        <translation>Die Autorisierung ist bei Keyward angekommen. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be an https:// URL (http:// only for localhost or 127.0.0.1), not &quot;%2&quot;.</source>
        <translation>das Feld &quot;%1&quot; muss eine https://-URL sein (http:// nur für localhost oder 127.0.0.1), nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is unknown.</source>
        <translation>das Feld &quot;%1&quot; ist unbekannt.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a string.</source>
        <translation>das Feld &quot;%1&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be true or false.</source>
        <translation>das Feld &quot;%1&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number of 0 or more.</source>
        <translation>das Feld &quot;%1&quot; muss eine ganze Zahl größer oder gleich 0 sein.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a list of strings.</source>
        <translation>das Feld &quot;%1&quot; muss eine Liste von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be an object.</source>
        <translation>das Feld &quot;%1&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a list of objects.</source>
        <translation>das Feld &quot;%1&quot; muss eine Liste von Objekten sein.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; has the unknown value &quot;%2&quot; (expected %3).</source>
        <translation>das Feld &quot;%1&quot; hat den unbekannten Wert &quot;%2&quot; (erwartet: %3).</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing.</source>
        <translation>das Feld &quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <source>the field &quot;flows&quot; has the unknown flow &quot;%1&quot; (expected auth-code, device, client-credentials).</source>
        <translation>das Feld &quot;flows&quot; enthält den unbekannten Flow &quot;%1&quot; (erwartet: auth-code, device, client-credentials).</translation>
    </message>
    <message>
        <source>the field &quot;flows&quot; lists &quot;%1&quot; twice.</source>
        <translation>das Feld &quot;flows&quot; führt &quot;%1&quot; doppelt auf.</translation>
    </message>
    <message>
        <source>the field &quot;id&quot; must be lower-case letters, digits and hyphens, not &quot;%1&quot;.</source>
        <translation>das Feld &quot;id&quot; darf nur aus Kleinbuchstaben, Ziffern und Bindestrichen bestehen, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;name&quot; must not be empty.</source>
        <translation>das Feld &quot;name&quot; darf nicht leer sein.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must start with a lower-case letter and hold only lower-case letters, digits and underscores, not &quot;%2&quot;.</source>
        <translation>das Feld &quot;%1&quot; muss mit einem Kleinbuchstaben beginnen und darf nur Kleinbuchstaben, Ziffern und Unterstriche enthalten, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is declared twice.</source>
        <translation>der Parameter &quot;%1&quot; ist doppelt deklariert.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must not be empty.</source>
        <translation>das Feld &quot;%1&quot; darf nicht leer sein.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; may hold only letters, digits, dots and hyphens, not &quot;%2&quot;.</source>
        <translation>das Feld &quot;%1&quot; darf nur Buchstaben, Ziffern, Punkte und Bindestriche enthalten, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; uses the placeholder {%2}, which &quot;parameters&quot; does not declare.</source>
        <translation>das Feld &quot;%1&quot; verwendet den Platzhalter {%2}, der in &quot;parameters&quot; nicht deklariert ist.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is declared, but no URL uses {%1}.</source>
        <translation>der Parameter &quot;%1&quot; ist deklariert, aber keine URL verwendet {%1}.</translation>
    </message>
    <message>
        <source>the field &quot;endpoints.authorization&quot; is required unless &quot;discovery_url&quot; is set.</source>
        <translation>das Feld &quot;endpoints.authorization&quot; ist erforderlich, sofern &quot;discovery_url&quot; nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>the field &quot;endpoints.token&quot; is required unless &quot;discovery_url&quot; is set.</source>
        <translation>das Feld &quot;endpoints.token&quot; ist erforderlich, sofern &quot;discovery_url&quot; nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>the field &quot;issuer&quot; is required for an OpenID Connect provider unless &quot;discovery_url&quot; is set.</source>
        <translation>das Feld &quot;issuer&quot; ist für einen OpenID-Connect-Provider erforderlich, sofern &quot;discovery_url&quot; nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>the field &quot;flows&quot; must list at least one flow.</source>
        <translation>das Feld &quot;flows&quot; muss mindestens einen Flow enthalten.</translation>
    </message>
    <message>
        <source>the flow &quot;device&quot; needs &quot;endpoints.device_authorization&quot; or &quot;discovery_url&quot;.</source>
        <translation>der Flow &quot;device&quot; benötigt &quot;endpoints.device_authorization&quot; oder &quot;discovery_url&quot;.</translation>
    </message>
    <message>
        <source>&quot;revocation&quot;: &quot;rfc7009&quot; needs &quot;endpoints.revocation&quot; or &quot;discovery_url&quot;.</source>
        <translation>&quot;revocation&quot;: &quot;rfc7009&quot; benötigt &quot;endpoints.revocation&quot; oder &quot;discovery_url&quot;.</translation>
    </message>
    <message>
        <source>&quot;introspection&quot;: &quot;rfc7662&quot; needs &quot;endpoints.introspection&quot; or &quot;discovery_url&quot;.</source>
        <translation>&quot;introspection&quot;: &quot;rfc7662&quot; benötigt &quot;endpoints.introspection&quot; oder &quot;discovery_url&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;scope_separator&quot; must be &quot; &quot; or &quot;,&quot;.</source>
        <translation>das Feld &quot;scope_separator&quot; muss &quot; &quot; oder &quot;,&quot; sein.</translation>
    </message>
    <message>
        <source>the field &quot;assumed_lifetime_seconds&quot; applies only when &quot;returns_expires_in&quot; is false.</source>
        <translation>das Feld &quot;assumed_lifetime_seconds&quot; gilt nur, wenn &quot;returns_expires_in&quot; false ist.</translation>
    </message>
    <message>
        <source>&quot;refresh_rotation&quot;: &quot;grace-window&quot; needs &quot;rotation_grace_seconds&quot; above 0.</source>
        <translation>&quot;refresh_rotation&quot;: &quot;grace-window&quot; benötigt &quot;rotation_grace_seconds&quot; größer als 0.</translation>
    </message>
    <message>
        <source>the field &quot;rotation_grace_seconds&quot; applies only to &quot;refresh_rotation&quot;: &quot;grace-window&quot;.</source>
        <translation>das Feld &quot;rotation_grace_seconds&quot; gilt nur für &quot;refresh_rotation&quot;: &quot;grace-window&quot;.</translation>
    </message>
    <message>
        <source>&quot;issues_refresh_tokens&quot; is false, so &quot;refresh_rotation&quot; must be &quot;none&quot; and &quot;refresh_idle_expiry_days&quot; 0.</source>
        <translation>&quot;issues_refresh_tokens&quot; ist false, daher muss &quot;refresh_rotation&quot; &quot;none&quot; und &quot;refresh_idle_expiry_days&quot; 0 sein.</translation>
    </message>
    <message>
        <source>the field &quot;extra_authorize_params&quot; may not set &quot;%1&quot;: Keyward sets it itself.</source>
        <translation>das Feld &quot;extra_authorize_params&quot; darf &quot;%1&quot; nicht setzen: Keyward setzt diesen Parameter selbst.</translation>
    </message>
    <message>
        <source>The provider file %1 is invalid: %2</source>
        <translation>Die Provider-Datei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>The provider file %1 cannot be read: %2</source>
        <translation>Die Provider-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is larger than 1 MiB.</source>
        <translation>sie ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>sie enthält kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it must hold one JSON object.</source>
        <translation>sie muss genau ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>the field &quot;id&quot; is &quot;%1&quot; but must equal the file name &quot;%2&quot;.</source>
        <translation>das Feld &quot;id&quot; lautet &quot;%1&quot;, muss aber dem Dateinamen &quot;%2&quot; entsprechen.</translation>
    </message>
    <message>
        <source>%1 needs a value for &quot;%2&quot; (%3).</source>
        <translation>%1 benötigt einen Wert für &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; for &quot;%2&quot; may hold only letters, digits, dots and hyphens.</source>
        <translation>Der Wert &quot;%1&quot; für &quot;%2&quot; darf nur Buchstaben, Ziffern, Punkte und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>%1 uses the unknown placeholder {%2} in &quot;%3&quot;.</source>
        <translation>%1 verwendet den unbekannten Platzhalter {%2} in &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 does not resolve to valid URLs: %2</source>
        <translation>%1 ergibt keine gültigen URLs: %2</translation>
    </message>
    <message>
        <source>The provider entry is invalid: %1</source>
        <translation>Der Provider-Eintrag ist ungültig: %1</translation>
    </message>
    <message>
        <source>The provider entry &quot;%1&quot; is invalid: %2</source>
        <translation>Der Provider-Eintrag &quot;%1&quot; ist ungültig: %2</translation>
    </message>
    <message>
        <source>The provider catalog folder %1 does not exist.</source>
        <translation>Der Ordner %1 des Provider-Katalogs existiert nicht.</translation>
    </message>
    <message>
        <source>the provider&apos;s issuer names the token&apos;s tenant, but the token has no tid claim</source>
        <translation>der Aussteller des Anbieters nennt den Mandanten des Tokens, aber das Token hat keinen tid-Claim</translation>
    </message>
    <message>
        <source>&quot;provider-api&quot; needs &quot;provider_api&quot; to say whose API (e.g. &quot;github&quot;).</source>
        <translation>&quot;provider-api&quot; benötigt &quot;provider_api&quot;, um anzugeben, um wessen API es sich handelt (z. B. &quot;github&quot;).</translation>
    </message>
    <message>
        <source>the field &quot;provider_api&quot; applies only when &quot;revocation&quot; or &quot;introspection&quot; is &quot;provider-api&quot;.</source>
        <translation>das Feld &quot;provider_api&quot; gilt nur, wenn &quot;revocation&quot; oder &quot;introspection&quot; &quot;provider-api&quot; ist.</translation>
    </message>
    <message>
        <source>&quot;revocation&quot;: &quot;provider-api&quot; needs &quot;endpoints.revocation&quot;.</source>
        <translation>&quot;revocation&quot;: &quot;provider-api&quot; benötigt &quot;endpoints.revocation&quot;.</translation>
    </message>
    <message>
        <source>&quot;introspection&quot;: &quot;provider-api&quot; needs &quot;endpoints.introspection&quot;.</source>
        <translation>&quot;introspection&quot;: &quot;provider-api&quot; benötigt &quot;endpoints.introspection&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;extra_code_exchange_params&quot; may not set &quot;%1&quot;: Keyward sets it itself.</source>
        <translation>das Feld &quot;extra_code_exchange_params&quot; darf &quot;%1&quot; nicht setzen: Keyward setzt diesen Parameter selbst.</translation>
    </message>
</context>
<context>
    <name>Keyward::OAuth::OAuthClient</name>
    <message>
        <source>no token endpoint is configured</source>
        <translation>es ist kein Token-Endpunkt konfiguriert</translation>
    </message>
    <message>
        <source>the device authorization grant (no device endpoint)</source>
        <translation>Geräteautorisierung (kein Geräte-Endpunkt)</translation>
    </message>
    <message>
        <source>token revocation (no revocation endpoint)</source>
        <translation>Widerruf von Tokens (kein Widerrufs-Endpunkt)</translation>
    </message>
    <message>
        <source>token introspection (no introspection endpoint)</source>
        <translation>Token-Introspektion (kein Introspektions-Endpunkt)</translation>
    </message>
    <message>
        <source>issuer &quot;%1&quot; does not match &quot;%2&quot;</source>
        <translation>der Issuer &quot;%1&quot; stimmt nicht mit &quot;%2&quot; überein</translation>
    </message>
    <message>
        <source>no token_endpoint</source>
        <translation>kein token_endpoint</translation>
    </message>
    <message>
        <source>token revocation</source>
        <translation>Widerruf von Tokens</translation>
    </message>
    <message>
        <source>token introspection</source>
        <translation>Token-Introspektion</translation>
    </message>
    <message>
        <source>user information (no userinfo endpoint)</source>
        <translation>Benutzerinformationen (kein UserInfo-Endpunkt)</translation>
    </message>
</context>
<context>
    <name>Keyward::OAuth::OAuthFailure</name>
    <message>
        <source>%1 no longer accepts this grant%2: it was revoked, expired, or already used. Reconnect the account.</source>
        <translation>%1 akzeptiert diese Autorisierung nicht mehr%2: Sie wurde widerrufen, ist abgelaufen oder wurde bereits verwendet. Verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <source>%1 rejected the app&apos;s client credentials%2: check the client id and rotate the client secret on the app.</source>
        <translation>%1 hat die Client-Anmeldedaten der App abgelehnt%2: Prüfen Sie die Client-ID, und rotieren Sie das Client-Secret der App.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting Keyward (HTTP 429); Keyward tries again later.</source>
        <translation>%1 drosselt die Anfragen von Keyward (HTTP 429); Keyward versucht es später erneut.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting Keyward (HTTP 429); Keyward waits %2 s before trying again.</source>
        <translation>%1 drosselt die Anfragen von Keyward (HTTP 429); Keyward versucht es in %2 s erneut.</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (HTTP 503); Keyward tries again later.</source>
        <translation>%1 ist vorübergehend nicht verfügbar (HTTP 503); Keyward versucht es später erneut.</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (HTTP 503); Keyward waits %2 s before trying again.</source>
        <translation>%1 ist vorübergehend nicht verfügbar (HTTP 503); Keyward versucht es in %2 s erneut.</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2); Keyward tries again later.</source>
        <translation>%1 hat mit einem Serverfehler geantwortet (HTTP %2); Keyward versucht es später erneut.</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2); check the network and the endpoint URL. Keyward tries again later.</source>
        <translation>%1 war nicht erreichbar (%2); prüfen Sie das Netzwerk und die Endpunkt-URL. Keyward versucht es später erneut.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; Keyward tries again later.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet; Keyward versucht es später erneut.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted (%2): if the provider uses a private certificate authority, add that authority&apos;s certificate to the app (its CA file). Keyward retries only hourly until then.</source>
        <translation>Das TLS-Zertifikat von %1 ist nicht vertrauenswürdig (%2): Falls der Provider eine private Zertifizierungsstelle verwendet, fügen Sie deren Zertifikat der App hinzu (als CA-Datei). Bis dahin versucht Keyward es nur stündlich erneut.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not a valid OAuth response (HTTP %2); Keyward tries again later.</source>
        <translation>%1 hat mit etwas geantwortet, das keine gültige OAuth-Antwort ist (HTTP %2); Keyward versucht es später erneut.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2%3.</source>
        <translation>%1 hat die Anfrage abgelehnt: %2%3.</translation>
    </message>
    <message>
        <source>Waiting for the user to approve the request at %1.</source>
        <translation>Warten auf die Genehmigung der Anfrage durch den Benutzer bei %1.</translation>
    </message>
    <message>
        <source>%1 asked Keyward to poll less often.</source>
        <translation>%1 hat Keyward gebeten, seltener abzufragen.</translation>
    </message>
    <message>
        <source>The request was declined at %1%2.</source>
        <translation>Die Anfrage wurde bei %1 abgelehnt%2.</translation>
    </message>
    <message>
        <source>The device code expired before the request was approved at %1: start again.</source>
        <translation>Der Gerätecode ist abgelaufen, bevor die Anfrage bei %1 genehmigt wurde: Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 does not offer this: %2.</source>
        <translation>%1 bietet Folgendes nicht an: %2.</translation>
    </message>
</context>
<context>
    <name>Keyward::OAuth::ProviderApiClient</name>
    <message>
        <source>the connection has no Stripe account id (stripe_user_id)</source>
        <translation>die Verbindung hat keine Stripe-Konto-ID (stripe_user_id)</translation>
    </message>
    <message>
        <source>token revocation through %1&apos;s own API</source>
        <translation>Widerruf von Tokens über die eigene API von %1</translation>
    </message>
    <message>
        <source>token introspection through %1&apos;s own API</source>
        <translation>Token-Introspektion über die eigene API von %1</translation>
    </message>
</context>
<context>
    <name>Keyward::Privacy::SubjectRequests</name>
    <message>
        <source>Name the data subject by a provider account id or an e-mail address of at least %1 characters.</source>
        <translation>Benennen Sie die betroffene Person mit einer Konto-ID beim Provider oder einer E-Mail-Adresse von mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The audit checkpoint key is not available, so the request cannot be recorded without naming the subject: open the profile with its keys.</source>
        <translation>Der Schlüssel für Audit-Prüfpunkte ist nicht verfügbar, daher kann die Anfrage nicht aufgezeichnet werden, ohne die Person zu nennen: Öffnen Sie das Profil mit seinen Schlüsseln.</translation>
    </message>
</context>
<context>
    <name>Keyward::Reports::BroadScopes</name>
    <message>
        <source>reads, sends and deletes all mail</source>
        <translation>liest, sendet und löscht alle E-Mails</translation>
    </message>
    <message>
        <source>changes or sends mail</source>
        <translation>ändert oder sendet E-Mails</translation>
    </message>
    <message>
        <source>reads and changes every Drive file</source>
        <translation>liest und ändert jede Drive-Datei</translation>
    </message>
    <message>
        <source>every Google Cloud resource</source>
        <translation>jede Ressource in Google Cloud</translation>
    </message>
    <message>
        <source>administers the Workspace domain</source>
        <translation>verwaltet die Workspace-Domäne</translation>
    </message>
    <message>
        <source>changes this data across the whole tenant</source>
        <translation>ändert diese Daten im gesamten Mandanten</translation>
    </message>
    <message>
        <source>administers the tenant</source>
        <translation>verwaltet den Mandanten</translation>
    </message>
    <message>
        <source>writes to repositories</source>
        <translation>schreibt in Repositorys</translation>
    </message>
    <message>
        <source>administers the organisation</source>
        <translation>verwaltet die Organisation</translation>
    </message>
    <message>
        <source>administers the workspace</source>
        <translation>verwaltet den Workspace</translation>
    </message>
    <message>
        <source>everything the user can do</source>
        <translation>alles, was der Benutzer tun kann</translation>
    </message>
    <message>
        <source>a wildcard scope</source>
        <translation>ein Wildcard-Scope</translation>
    </message>
</context>
<context>
    <name>Keyward::Reports::PdfReportWriter</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Audit head</source>
        <translation>Letztes Audit-Ereignis</translation>
    </message>
    <message>
        <source>event #%1</source>
        <translation>Ereignis #%1</translation>
    </message>
    <message>
        <source>Audit head hash</source>
        <translation>Hash des letzten Audit-Ereignisses</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 (rows: %2)</source>
        <translation>%1 (Zeilen: %2)</translation>
    </message>
    <message>
        <source>Rows marked ! : %1</source>
        <translation>Mit ! markierte Zeilen: %1</translation>
    </message>
    <message>
        <source>Keyward · %1 · %2 · generated %3</source>
        <translation>Keyward · %1 · %2 · erzeugt %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>PDF reports need the program&apos;s graphical libraries (fonts), which were not started: choose CSV or JSON.</source>
        <translation>PDF-Berichte benötigen die grafischen Bibliotheken des Programms (Schriftarten), die nicht gestartet wurden: Wählen Sie CSV oder JSON.</translation>
    </message>
    <message>
        <source>The PDF could not be started: the file cannot be written.</source>
        <translation>Das PDF konnte nicht begonnen werden: Die Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Der Bericht wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The PDF could not be finished: the file cannot be written.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden: Die Datei kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Keyward::Reports::Report</name>
    <message>
        <source>Token inventory</source>
        <translation>Token-Inventar</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Zugriffsüberprüfung</translation>
    </message>
    <message>
        <source>Secret and key rotation age</source>
        <translation>Rotationsalter von Secrets und Schlüsseln</translation>
    </message>
    <message>
        <source>Refresh and job failures</source>
        <translation>Erneuerungs- und Job-Fehler</translation>
    </message>
    <message>
        <source>Audit integrity attestation</source>
        <translation>Nachweis der Audit-Integrität</translation>
    </message>
</context>
<context>
    <name>Keyward::Reports::ReportBuilder</name>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Der Bericht wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Zuletzt erneuert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>the connection needs attention (reauthorization, refresh given up, expired).</source>
        <translation>die Verbindung erfordert Aufmerksamkeit (erneute Autorisierung, Erneuerung aufgegeben, abgelaufen).</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Connected in the period</source>
        <translation>Im Zeitraum verbunden</translation>
    </message>
    <message>
        <source>Provider apps</source>
        <translation>Provider-Apps</translation>
    </message>
    <message>
        <source>Users of this profile</source>
        <translation>Benutzer dieses Profils</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Zwei-Faktor</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>an enabled user without two-factor sign-in.</source>
        <translation>ein aktivierter Benutzer ohne Zwei-Faktor-Anmeldung.</translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation>Was jede Rolle darf</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>an active token that never expires.</source>
        <translation>ein aktives Token, das nie abläuft.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Provider scopes held by each connection</source>
        <translation>Provider-Scopes jeder Verbindung</translation>
    </message>
    <message>
        <source>Broad scopes</source>
        <translation>Weitreichende Scopes</translation>
    </message>
    <message>
        <source>the connection holds a broad scope (full mailbox, every file, administration).</source>
        <translation>die Verbindung hat einen weitreichenden Scope (gesamtes Postfach, jede Datei, Verwaltung).</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>none: whoever holds the profile&apos;s keys acts as Security Administrator</source>
        <translation>keine: Wer die Schlüssel des Profils besitzt, handelt als Sicherheitsadministrator</translation>
    </message>
    <message>
        <source>Enabled users without two-factor sign-in</source>
        <translation>Aktivierte Benutzer ohne Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <source>Active API tokens</source>
        <translation>Aktive API-Tokens</translation>
    </message>
    <message>
        <source>Connections with broad scopes</source>
        <translation>Verbindungen mit weitreichenden Scopes</translation>
    </message>
    <message>
        <source>Secrets and keys</source>
        <translation>Secrets und Schlüssel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Set or rotated</source>
        <translation>Gesetzt oder rotiert</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <source>Maximum (days)</source>
        <translation>Maximum (Tage)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>older than the policy&apos;s maximum age, or of unknown age: rotate it.</source>
        <translation>älter als das Höchstalter der Richtlinie oder unbekannten Alters: Rotieren Sie es.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>within policy</source>
        <translation>innerhalb der Richtlinie</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Secret</translation>
    </message>
    <message>
        <source>Token key (active)</source>
        <translation>Token-Schlüssel (aktiv)</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>Datenbankschlüssel</translation>
    </message>
    <message>
        <source>Audit checkpoint key</source>
        <translation>Schlüssel für Audit-Prüfpunkte</translation>
    </message>
    <message>
        <source>Maximum age (policy)</source>
        <translation>Höchstalter (Richtlinie)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Overdue or of unknown age</source>
        <translation>Überfällig oder unbekannten Alters</translation>
    </message>
    <message>
        <source>Failures recorded in the period</source>
        <translation>Im Zeitraum erfasste Fehler</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dead jobs (waiting for someone to retry or discard them)</source>
        <translation>Tote Jobs (warten darauf, dass jemand sie erneut startet oder verwirft)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Gestorben</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>the job died in the period.</source>
        <translation>der Job ist im Zeitraum gestorben.</translation>
    </message>
    <message>
        <source>Failures: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Dead jobs now</source>
        <translation>Aktuell tote Jobs</translation>
    </message>
    <message>
        <source>Jobs that died in the period</source>
        <translation>Im Zeitraum gestorbene Jobs</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>intact: every hash recomputed and matched</source>
        <translation>intakt: jeder Hash neu berechnet und übereinstimmend</translation>
    </message>
    <message>
        <source>BROKEN at event %1: %2</source>
        <translation>UNTERBROCHEN bei Ereignis %1: %2</translation>
    </message>
    <message>
        <source>Events checked</source>
        <translation>Geprüfte Ereignisse</translation>
    </message>
    <message>
        <source>Signed checkpoints checked</source>
        <translation>Geprüfte signierte Prüfpunkte</translation>
    </message>
    <message>
        <source>Checkpoint signatures</source>
        <translation>Prüfpunkt-Signaturen</translation>
    </message>
    <message>
        <source>verified with this profile&apos;s checkpoint key</source>
        <translation>mit dem Prüfpunktschlüssel dieses Profils verifiziert</translation>
    </message>
    <message>
        <source>not checked: the checkpoint key is not available</source>
        <translation>nicht geprüft: Der Prüfpunktschlüssel ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Verified up to</source>
        <translation>Verifiziert bis</translation>
    </message>
    <message>
        <source>event %1 at %2</source>
        <translation>Ereignis %1 vom %2</translation>
    </message>
    <message>
        <source>Removed by retention</source>
        <translation>Durch Aufbewahrung entfernt</translation>
    </message>
    <message>
        <source>events up to #%1, anchored by a signed checkpoint</source>
        <translation>Ereignisse bis #%1, verankert durch einen signierten Prüfpunkt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Gaps in the sequence</source>
        <translation>Lücken in der Sequenz</translation>
    </message>
    <message>
        <source>see the break above</source>
        <translation>siehe die Unterbrechung oben</translation>
    </message>
    <message>
        <source>Events in the period</source>
        <translation>Ereignisse im Zeitraum</translation>
    </message>
    <message>
        <source>%1 (#%2 to #%3)</source>
        <translation>%1 (#%2 bis #%3)</translation>
    </message>
    <message>
        <source>Signed checkpoints in the period</source>
        <translation>Signierte Prüfpunkte im Zeitraum</translation>
    </message>
    <message>
        <source>Event #</source>
        <translation>Ereignis #</translation>
    </message>
    <message>
        <source>Head hash (SHA-256)</source>
        <translation>Ketten-Hash (SHA-256)</translation>
    </message>
</context>
<context>
    <name>Keyward::Reports::ReportService</name>
    <message>
        <source>The report&apos;s period must start before it ends.</source>
        <translation>Der Zeitraum des Berichts muss beginnen, bevor er endet.</translation>
    </message>
    <message>
        <source>A schedule&apos;s name has 1 to 64 letters, digits, dots, dashes or underscores, not &quot;%1&quot;.</source>
        <translation>Der Name eines Zeitplans besteht aus 1 bis 64 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a folder this process can write to: give an existing folder&apos;s full path.</source>
        <translation>%1 ist kein Ordner, in den dieser Prozess schreiben kann: Geben Sie den vollständigen Pfad eines vorhandenen Ordners an.</translation>
    </message>
    <message>
        <source>A scheduled report covers 1 to 3,660 days.</source>
        <translation>Ein geplanter Bericht deckt 1 bis 3.660 Tage ab.</translation>
    </message>
    <message>
        <source>There is no report schedule &quot;%1&quot;.</source>
        <translation>Es gibt keinen Berichtszeitplan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The report schedule is damaged (unknown type or format): add it again.</source>
        <translation>Der Berichtszeitplan ist beschädigt (unbekannter Typ oder unbekanntes Format): Fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Keyward::Reports::ReportWriters</name>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Der Bericht wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>This program cannot write PDF reports: choose CSV or JSON, or generate the PDF with the console or keyward-cli.</source>
        <translation>Dieses Programm kann keine PDF-Berichte schreiben: Wählen Sie CSV oder JSON, oder erzeugen Sie das PDF mit der Konsole oder keyward-cli.</translation>
    </message>
</context>
<context>
    <name>Keyward::Retention</name>
    <message>
        <source>audit events</source>
        <translation>Prüfereignisse</translation>
    </message>
    <message>
        <source>job history</source>
        <translation>Job-Verlauf</translation>
    </message>
    <message>
        <source>webhook payloads</source>
        <translation>Webhook-Nutzdaten</translation>
    </message>
    <message>
        <source>revoked connections</source>
        <translation>widerrufene Verbindungen</translation>
    </message>
</context>
<context>
    <name>Keyward::Retention::RetentionService</name>
    <message>
        <source>Keep data at most 36,500 days (100 years).</source>
        <translation>Bewahren Sie Daten höchstens 36.500 Tage (100 Jahre) auf.</translation>
    </message>
    <message numerus="yes">
        <source>The floor for %1 is %n day(s): %2 would keep less.</source>
        <translation>
            <numerusform>Die Untergrenze für %1 ist %n Tag: %2 würde weniger aufbewahren.</numerusform>
            <numerusform>Die Untergrenze für %1 ist %n Tage: %2 würde weniger aufbewahren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::Secrets</name>
    <message>
        <source>CREDENTIALS_DIRECTORY is not set: run keyward-cli from a systemd unit with LoadCredentialEncrypted=, or use the OS keychain.</source>
        <translation>CREDENTIALS_DIRECTORY ist nicht gesetzt: Führen Sie keyward-cli aus einer systemd-Unit mit LoadCredentialEncrypted= aus, oder verwenden Sie den Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>The systemd credential &quot;%1&quot; is missing from %2: provision it with systemd-creds encrypt (see the README).</source>
        <translation>Das systemd-Credential &quot;%1&quot; fehlt in %2: Stellen Sie es mit systemd-creds encrypt bereit (siehe README).</translation>
    </message>
    <message>
        <source>The systemd credential &quot;%1&quot; cannot be read: %2</source>
        <translation>Das systemd-Credential &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The systemd credential &quot;%1&quot; is not a Keyward key: it must hold 32 random bytes or 64 hex digits.</source>
        <translation>Das systemd-Credential &quot;%1&quot; ist kein Keyward-Schlüssel: Es muss 32 Zufallsbytes oder 64 Hexadezimalziffern enthalten.</translation>
    </message>
    <message>
        <source>systemd credentials are read-only: provision &quot;%1&quot; with systemd-creds encrypt, or run this command with the OS keychain.</source>
        <translation>systemd-Credentials sind schreibgeschützt: Stellen Sie &quot;%1&quot; mit systemd-creds encrypt bereit, oder führen Sie diesen Befehl mit dem Schlüsselbund des Betriebssystems aus.</translation>
    </message>
    <message>
        <source>systemd credentials (%1)</source>
        <translation>systemd-Credentials (%1)</translation>
    </message>
    <message>
        <source>The OS keychain has no entry &quot;%1&quot; for this profile: restore it from your recovery kit, or open the profile on the machine that created it.</source>
        <translation>Der Schlüsselbund des Betriebssystems enthält keinen Eintrag &quot;%1&quot; für dieses Profil: Stellen Sie ihn aus Ihrem Wiederherstellungskit wieder her, oder öffnen Sie das Profil auf dem Rechner, auf dem es erstellt wurde.</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1): start and unlock your desktop keychain (Secret Service, such as GNOME Keyring or KWallet) and retry, or use --key-source credentials on a headless host.</source>
        <translation>Der Schlüsselbund des Betriebssystems ist nicht verfügbar (%1): Starten und entsperren Sie den Schlüsselbund Ihrer Desktopumgebung (Secret Service, etwa GNOME Keyring oder KWallet) und versuchen Sie es erneut, oder verwenden Sie auf einem Host ohne grafische Oberfläche --key-source credentials.</translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; is damaged (not a Keyward key).</source>
        <translation>Der Schlüsselbundeintrag &quot;%1&quot; ist beschädigt (kein Keyward-Schlüssel).</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Betriebssystems</translation>
    </message>
</context>
<context>
    <name>Keyward::Storage</name>
    <message>
        <source>The database key has the wrong length.</source>
        <translation>Der Datenbankschlüssel hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The profile&apos;s database %1 does not exist.</source>
        <translation>Die Datenbank %1 des Profils existiert nicht.</translation>
    </message>
    <message>
        <source>This Keyward build has no working database encryption (SQLCipher is not active): it refuses to open the profile.</source>
        <translation>Dieser Keyward-Build verfügt über keine funktionierende Datenbankverschlüsselung (SQLCipher ist nicht aktiv) und verweigert daher das Öffnen des Profils.</translation>
    </message>
    <message>
        <source>The disk is full (or a file size limit was reached) while re-encrypting the database: free some space and retry. The database keeps its previous key.</source>
        <translation>Beim Neuverschlüsseln der Datenbank ist der Datenträger voll gelaufen (oder eine Dateigrößenbeschränkung wurde erreicht): Geben Sie Speicherplatz frei, und versuchen Sie es erneut. Die Datenbank behält ihren bisherigen Schlüssel.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted: the new key does not open it. It keeps its previous key.</source>
        <translation>Die Datenbank konnte nicht neu verschlüsselt werden: Der neue Schlüssel öffnet sie nicht. Die Datenbank behält ihren bisherigen Schlüssel.</translation>
    </message>
    <message>
        <source>This profile was written by a newer Keyward (schema %1; this version understands up to %2). Install the newer Keyward to open it; nothing was changed.</source>
        <translation>Dieses Profil wurde von einer neueren Keyward-Version geschrieben (Schema %1; diese Version unterstützt bis %2). Installieren Sie die neuere Keyward-Version, um es zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no Keyward profile at %1: create one with keyward-cli init, pick another with --profile or --profile-dir, or restore one from a backup with its recovery kit (see the README).</source>
        <translation>Unter %1 gibt es kein Keyward-Profil: Legen Sie mit keyward-cli init eines an, wählen Sie mit --profile oder --profile-dir ein anderes aus, oder stellen Sie eines mit seinem Wiederherstellungskit aus einer Sicherung wieder her (siehe README).</translation>
    </message>
    <message>
        <source>The profile manifest %1 is damaged (%2): restore it from a backup of the profile directory.</source>
        <translation>Das Profilmanifest %1 ist beschädigt (%2): Stellen Sie es aus einer Sicherung des Profilverzeichnisses wieder her.</translation>
    </message>
    <message>
        <source>This profile was written by a newer Keyward: install it to open this profile.</source>
        <translation>Dieses Profil wurde von einer neueren Keyward-Version geschrieben: Installieren Sie diese, um das Profil zu öffnen.</translation>
    </message>
    <message>
        <source>The profile manifest %1 cannot be written: %2</source>
        <translation>Das Profilmanifest %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The disk is full (or a file size limit was reached) while writing the profile: free some space and retry. The change was not saved.</source>
        <translation>Beim Schreiben des Profils ist der Datenträger voll gelaufen (oder eine Dateigrößenbeschränkung wurde erreicht): Geben Sie Speicherplatz frei, und versuchen Sie es erneut. Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The profile&apos;s database cannot be decrypted: the key does not match this profile, or the file is damaged. Check that the right keychain is unlocked, or restore the profile from a backup.</source>
        <translation>Die Datenbank des Profils kann nicht entschlüsselt werden: Der Schlüssel passt nicht zu diesem Profil, oder die Datei ist beschädigt. Prüfen Sie, ob der richtige Schlüsselbund entsperrt ist, oder stellen Sie das Profil aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The profile&apos;s database is damaged: restore it from a backup (keyward-cli backup restore).</source>
        <translation>Die Datenbank des Profils ist beschädigt: Stellen Sie sie aus einer Sicherung wieder her (keyward-cli backup restore).</translation>
    </message>
    <message>
        <source>The profile cannot be written (the database file or its directory %1 is read-only): check the permissions of the profile directory.</source>
        <translation>Das Profil kann nicht geschrieben werden (die Datenbankdatei oder ihr Verzeichnis %1 ist schreibgeschützt): Prüfen Sie die Berechtigungen des Profilverzeichnisses.</translation>
    </message>
    <message>
        <source>The profile&apos;s database cannot be opened or created: check that the profile directory %1 exists and is writable.</source>
        <translation>Die Datenbank des Profils kann weder geöffnet noch erstellt werden: Prüfen Sie, ob das Profilverzeichnis %1 existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The profile is busy in another process: wait for it to finish and retry.</source>
        <translation>Das Profil wird gerade von einem anderen Prozess verwendet: Warten Sie, bis dieser fertig ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The profile&apos;s database reported an error (%1).</source>
        <translation>Die Datenbank des Profils hat einen Fehler gemeldet (%1).</translation>
    </message>
</context>
<context>
    <name>Keyward::Storage::ProfileLock</name>
    <message>
        <source>The profile directory %1 is read-only: Keyward cannot open it for writing. Check its permissions, or copy the profile somewhere writable.</source>
        <translation>Das Profilverzeichnis %1 ist schreibgeschützt: Keyward kann es nicht zum Schreiben öffnen. Prüfen Sie die Berechtigungen, oder kopieren Sie das Profil an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>The disk is full: Keyward cannot open the profile at %1.</source>
        <translation>Der Datenträger ist voll: Keyward kann das Profil unter %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>The profile lock %1 cannot be opened (%2).</source>
        <translation>Die Profilsperre %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is open for writing in another process (%2, pid %3 on %4): close it there and retry. Read-only commands such as status and audit verify work alongside it.</source>
        <translation>Das Profil &quot;%1&quot; ist in einem anderen Prozess zum Schreiben geöffnet (%2, PID %3 auf %4): Schließen Sie es dort, und versuchen Sie es erneut. Nur lesende Befehle wie status und audit verify funktionieren parallel dazu.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AddAppDialog</name>
    <message>
        <source>browser sign-in</source>
        <translation>Browser-Anmeldung</translation>
    </message>
    <message>
        <source>device code</source>
        <translation>Gerätecode</translation>
    </message>
    <message>
        <source>client credentials</source>
        <translation>Client-Credentials</translation>
    </message>
    <message>
        <source>Issuer or discovery document URL</source>
        <translation>Issuer-URL oder URL des Discovery-Dokuments</translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation>Autorisierungs-Endpunkt</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>Revocation endpoint (optional)</source>
        <translation>Widerrufs-Endpunkt (optional)</translation>
    </message>
    <message>
        <source>Introspection endpoint (optional)</source>
        <translation>Introspektions-Endpunkt (optional)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Add a provider app</source>
        <translation>Provider-App hinzufügen</translation>
    </message>
    <message>
        <source>Enter the app you registered in the provider&apos;s developer console. The client secret goes to your OS keychain and is never shown again.</source>
        <translation>Geben Sie die App ein, die Sie in der Entwicklerkonsole des Providers registriert haben. Das Client-Secret wird im Schlüsselbund Ihres Betriebssystems abgelegt und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>What to know about this provider</source>
        <translation>Wissenswertes zu diesem Provider</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>a short name, e.g. google-workspace</source>
        <translation>ein kurzer Name, z. B. google-workspace</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>empty for a public client</source>
        <translation>leer bei einem öffentlichen Client</translation>
    </message>
    <message>
        <source>Client authentication at the token endpoint</source>
        <translation>Client-Authentifizierung am Token-Endpunkt</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <source>In the request body (client_secret_post)</source>
        <translation>Im Anfragetext (client_secret_post)</translation>
    </message>
    <message>
        <source>None: public client, PKCE only</source>
        <translation>Keine: öffentlicher Client, nur PKCE</translation>
    </message>
    <message>
        <source>Scopes, separated by spaces</source>
        <translation>Scopes, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Redirect-URI</translation>
    </message>
    <message>
        <source>Register this redirect URI at the provider; any port is used (RFC 8252).</source>
        <translation>Registrieren Sie diese Redirect-URI beim Provider; verwendet wird ein beliebiger Port (RFC 8252).</translation>
    </message>
    <message>
        <source>Private CA certificate file (PEM), optional</source>
        <translation>Zertifikatsdatei der privaten CA (PEM), optional</translation>
    </message>
    <message>
        <source>only for a provider with a private certificate authority</source>
        <translation>nur für einen Provider mit privater Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>Private CA &amp;file:</source>
        <translation>Pri&amp;vate-CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>&amp;Issuer-URL:</translation>
    </message>
    <message>
        <source>Authori&amp;zation endpoint:</source>
        <translation>Autori&amp;sierungs-Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Token endpoint:</source>
        <translation>&amp;Token-Endpunkt:</translation>
    </message>
    <message>
        <source>Re&amp;vocation endpoint:</source>
        <translation>&amp;Widerrufs-Endpunkt:</translation>
    </message>
    <message>
        <source>Intro&amp;spection endpoint:</source>
        <translation>Introspe&amp;ktions-Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Client aut&amp;hentication:</source>
        <translation>Client-Aut&amp;hentifizierung:</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;Redirect-URI:</translation>
    </message>
    <message>
        <source>Why the app was not registered</source>
        <translation>Warum die App nicht registriert wurde</translation>
    </message>
    <message>
        <source>Re&amp;gister app</source>
        <translation>App re&amp;gistrieren</translation>
    </message>
    <message>
        <source>Register the app</source>
        <translation>Die App registrieren</translation>
    </message>
    <message>
        <source>https://login.example.com (its /.well-known/openid-configuration is read)</source>
        <translation>https://login.example.com (deren /.well-known/openid-configuration gelesen wird)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Provider default (%1; none without a secret)</source>
        <translation>Standard des Providers (%1; ohne Secret: keine)</translation>
    </message>
    <message>
        <source>Flows: %1, and the device code when the discovery document lists it.</source>
        <translation>Flows: %1 sowie Gerätecode, wenn das Discovery-Dokument ihn aufführt.</translation>
    </message>
    <message>
        <source>Flows: %1.</source>
        <translation>Flows: %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s developer documentation</source>
        <translation>Entwicklerdokumentation des Providers</translation>
    </message>
    <message>
        <source>Private CA certificate</source>
        <translation>Zertifikat der privaten CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the app a name (it names the app in the console, the CLI and the audit log).</source>
        <translation>Geben Sie der App einen Namen (unter diesem Namen erscheint sie in der Konsole, in der CLI und im Audit-Protokoll).</translation>
    </message>
    <message>
        <source>Enter the issuer URL of the OpenID Connect provider.</source>
        <translation>Geben Sie die Issuer-URL des OpenID-Connect-Providers ein.</translation>
    </message>
    <message>
        <source>Enter the authorization and token endpoints of the provider.</source>
        <translation>Geben Sie den Autorisierungs- und den Token-Endpunkt des Providers ein.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Füllen Sie das Feld &quot;%1&quot; aus.</translation>
    </message>
    <message>
        <source>Enter the client ID the provider issued for the app.</source>
        <translation>Geben Sie die Client-ID ein, die der Provider für die App ausgestellt hat.</translation>
    </message>
    <message>
        <source>The chosen client authentication needs the client secret: enter it, or choose &quot;None&quot; for a public client.</source>
        <translation>Die gewählte Client-Authentifizierung benötigt das Client-Secret: Geben Sie es ein, oder wählen Sie &quot;Keine&quot; für einen öffentlichen Client.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Registering… Reading the provider&apos;s discovery document may take a moment.</source>
        <translation>Wird registriert… Das Lesen des Discovery-Dokuments des Providers kann einen Moment dauern.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>enter the client secret again</source>
        <translation>Client-Secret erneut eingeben</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AddEndpointDialog</name>
    <message>
        <source>A connection needs to be authorized again</source>
        <translation>Eine Verbindung muss erneut autorisiert werden</translation>
    </message>
    <message>
        <source>A connection&apos;s token could not be refreshed</source>
        <translation>Das Token einer Verbindung konnte nicht erneuert werden</translation>
    </message>
    <message>
        <source>A provider revoked a connection</source>
        <translation>Ein Provider hat eine Verbindung widerrufen</translation>
    </message>
    <message>
        <source>A background job gave up</source>
        <translation>Ein Hintergrund-Job wurde aufgegeben</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is broken</source>
        <translation>Die Kette des Audit-Protokolls ist unterbrochen</translation>
    </message>
    <message>
        <source>A&amp;ll events, including those added later</source>
        <translation>A&amp;lle Ereignisse, auch später hinzukommende</translation>
    </message>
    <message>
        <source>Add an event endpoint</source>
        <translation>Ereignis-Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Keyward posts the events you choose to this URL, signed per Standard Webhooks with a secret it makes now and shows once. Failed deliveries are retried for about a day.</source>
        <translation>Keyward sendet die gewählten Ereignisse an diese URL, signiert nach Standard Webhooks mit einem Secret, das jetzt erzeugt und einmalig angezeigt wird. Fehlgeschlagene Zustellungen werden etwa einen Tag lang wiederholt.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>https://alerts.example.com/keyward</source>
        <translation>https://alerts.example.com/keyward</translation>
    </message>
    <message>
        <source>https://, or http:// only on this computer (localhost, 127.0.0.1).</source>
        <translation>https://, oder http:// nur auf diesem Computer (localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>What the endpoint is for</source>
        <translation>Wofür der Endpunkt bestimmt ist</translation>
    </message>
    <message>
        <source>e.g. on-call alerts</source>
        <translation>z. B. Alarme für die Rufbereitschaft</translation>
    </message>
    <message>
        <source>Why the endpoint was not added</source>
        <translation>Warum der Endpunkt nicht hinzugefügt wurde</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>A&amp;dd endpoint</source>
        <translation>Endpunkt hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add the endpoint</source>
        <translation>Den Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Enter the URL Keyward posts the events to.</source>
        <translation>Geben Sie die URL ein, an die Keyward die Ereignisse sendet.</translation>
    </message>
    <message>
        <source>Choose the events the endpoint receives, or all of them.</source>
        <translation>Wählen Sie die Ereignisse aus, die der Endpunkt erhält, oder alle.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AddSourceDialog</name>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Standard Webhooks</source>
        <translation>Standard Webhooks</translation>
    </message>
    <message>
        <source>Generic HMAC</source>
        <translation>Generisches HMAC</translation>
    </message>
    <message>
        <source>&amp;Keep the bodies of rejected deliveries</source>
        <translation>Inhalte abgelehnter Zustellungen be&amp;halten</translation>
    </message>
    <message>
        <source>Add a webhook source</source>
        <translation>Webhook-Quelle hinzufügen</translation>
    </message>
    <message>
        <source>A source is a sender whose signed deliveries Keyward accepts. The secret goes to your OS keychain; only its fingerprint is shown afterwards.</source>
        <translation>Eine Quelle ist ein Absender, dessen signierte Zustellungen Keyward annimmt. Das Secret wird im Schlüsselbund Ihres Betriebssystems abgelegt; danach wird nur noch sein Fingerabdruck angezeigt.</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &quot;-&quot; or &quot;_&quot;, e.g. github-main</source>
        <translation>Kleinbuchstaben, Ziffern, &quot;-&quot; oder &quot;_&quot;, z. B. github-main</translation>
    </message>
    <message>
        <source>Signature scheme</source>
        <translation>Signaturverfahren</translation>
    </message>
    <message>
        <source>Provider app whose connections the source&apos;s events concern</source>
        <translation>Provider-App, deren Verbindungen die Ereignisse der Quelle betreffen</translation>
    </message>
    <message>
        <source>Timestamp tolerance in seconds</source>
        <translation>Zeitstempel-Toleranz in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Deliveries accepted per second</source>
        <translation>Angenommene Zustellungen pro Sekunde</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>Helps to find out why deliveries are rejected; the bodies come from senders whose signature did not check out.</source>
        <translation>Hilft herauszufinden, warum Zustellungen abgelehnt werden; die Inhalte stammen von Absendern, deren Signatur nicht gültig war.</translation>
    </message>
    <message>
        <source>Generic scheme configuration (JSON)</source>
        <translation>Konfiguration des generischen Verfahrens (JSON)</translation>
    </message>
    <message>
        <source>encoding: hex or base64 · digest: sha256, sha512 or sha1
payload: the signed bytes, with {body}, {timestamp} and {id}
Headers left empty are not used.</source>
        <translation>encoding: hex oder base64 · digest: sha256, sha512 oder sha1
payload: die signierten Bytes, mit {body}, {timestamp} und {id}
Leer gelassene Header werden nicht verwendet.</translation>
    </message>
    <message>
        <source>Why the source was not added</source>
        <translation>Warum die Quelle nicht hinzugefügt wurde</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecret:</translation>
    </message>
    <message>
        <source>Provider &amp;app:</source>
        <translation>Provider-&amp;App:</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Toleranz:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenbegrenzung:</translation>
    </message>
    <message>
        <source>&amp;Configuration:</source>
        <translation>K&amp;onfiguration:</translation>
    </message>
    <message>
        <source>A&amp;dd source</source>
        <translation>Quelle hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add the source</source>
        <translation>Die Quelle hinzufügen</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Every app of the scheme&apos;s provider</source>
        <translation>Jede App des Providers dieses Verfahrens</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Give the source a name: senders deliver to /webhooks/NAME.</source>
        <translation>Geben Sie der Quelle einen Namen: Absender stellen an /webhooks/NAME zu.</translation>
    </message>
    <message>
        <source>A source name is 1 to 64 lowercase letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>Ein Quellenname besteht aus 1 bis 64 Kleinbuchstaben, Ziffern, &quot;-&quot; oder &quot;_&quot;.</translation>
    </message>
    <message>
        <source>Enter the secret the sender signs with, or generate one and copy it to the sender.</source>
        <translation>Geben Sie das Secret ein, mit dem der Absender signiert, oder generieren Sie eines, und tragen Sie es beim Absender ein.</translation>
    </message>
    <message>
        <source>The configuration is not a JSON object (%1).</source>
        <translation>Die Konfiguration ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>Google RISC</source>
        <translation>Google RISC</translation>
    </message>
    <message>
        <source>OAuth client ids the security event tokens must be addressed to</source>
        <translation>OAuth-Client-IDs, an die die Sicherheitsereignis-Token gerichtet sein müssen</translation>
    </message>
    <message>
        <source>client ids, separated by commas</source>
        <translation>Client-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Google signs security event tokens with its own keys (fetched from %1); a token counts only when its audience is one of these client ids.</source>
        <translation>Google signiert Sicherheitsereignis-Token mit eigenen Schlüsseln (abgerufen von %1); ein Token zählt nur, wenn seine Zielgruppe eine dieser Client-IDs ist.</translation>
    </message>
    <message>
        <source>A&amp;udiences:</source>
        <translation>&amp;Zielgruppen:</translation>
    </message>
    <message>
        <source>Senders deliver to /webhooks/%1 on the receiver (this console&apos;s or keyward-cli serve&apos;s).</source>
        <translation>Absender liefern an /webhooks/%1 beim Empfänger (dem dieser Konsole oder dem von keyward-cli serve).</translation>
    </message>
    <message>
        <source>Enter the OAuth client ids of your apps that Google&apos;s security events are about.</source>
        <translation>Geben Sie die OAuth-Client-IDs Ihrer Apps ein, um die es in Googles Sicherheitsereignissen geht.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AddUserDialog</name>
    <message>
        <source>Everything, including users, keys and backups.</source>
        <translation>Alles, einschließlich Benutzern, Schlüsseln und Sicherungen.</translation>
    </message>
    <message>
        <source>The audit log and its export; reads everything else.</source>
        <translation>Das Audit-Protokoll und dessen Export; liest alles Übrige.</translation>
    </message>
    <message>
        <source>Jobs and forced refreshes; reads connections and apps. No audit log, no users.</source>
        <translation>Jobs und erzwungene Erneuerungen; liest Verbindungen und Apps. Kein Audit-Protokoll, keine Benutzer.</translation>
    </message>
    <message>
        <source>Reads everything, changes nothing, never sees a secret.</source>
        <translation>Liest alles, ändert nichts, sieht nie ein Geheimnis.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>The profile has no users yet: whoever holds this computer account&apos;s keychain acts as its administrator. The first user is its Security Administrator; from then on everyone signs in with a password and a one-time code.</source>
        <translation>Das Profil hat noch keine Benutzer: Wer über den Schlüsselbund dieses Benutzerkontos auf diesem Computer verfügt, handelt als Administrator des Profils. Der erste Benutzer ist sein Sicherheitsadministrator; ab dann meldet sich jeder mit einem Passwort und einem Einmalcode an.</translation>
    </message>
    <message>
        <source>The new user signs in with this password and a one-time code from an authenticator app, which you set up next.</source>
        <translation>Der neue Benutzer meldet sich mit diesem Passwort und einem Einmalcode aus einer Authenticator-App an, die Sie als Nächstes einrichten.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AppsPage</name>
    <message>
        <source>browser sign-in</source>
        <translation>Browser-Anmeldung</translation>
    </message>
    <message>
        <source>device code</source>
        <translation>Gerätecode</translation>
    </message>
    <message>
        <source>client credentials</source>
        <translation>Client-Credentials</translation>
    </message>
    <message>
        <source>none (public client)</source>
        <translation>keines (öffentlicher Client)</translation>
    </message>
    <message numerus="yes">
        <source>set %1, %n day(s) old</source>
        <translation>
            <numerusform>gesetzt am %1, %n Tag alt</numerusform>
            <numerusform>gesetzt am %1, %n Tage alt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add app…</source>
        <translation>&amp;App hinzufügen…</translation>
    </message>
    <message>
        <source>Rotate &amp;secret…</source>
        <translation>&amp;Secret rotieren…</translation>
    </message>
    <message>
        <source>&amp;Connect account…</source>
        <translation>&amp;Konto verbinden…</translation>
    </message>
    <message>
        <source>Provider apps</source>
        <translation>Provider-Apps</translation>
    </message>
    <message>
        <source>A provider app is Keyward&apos;s registration at an OAuth provider: the client ID the provider issued, the redirect URI registered there, and the scopes it asks for. Every connected account belongs to an app. Client secrets are kept in your OS keychain, never in the profile, and are never shown.</source>
        <translation>Eine Provider-App ist die Registrierung von Keyward bei einem OAuth-Provider: die vom Provider ausgestellte Client-ID, die dort registrierte Redirect-URI und die angeforderten Scopes. Jedes verbundene Konto gehört zu einer App. Client-Secrets werden im Schlüsselbund Ihres Betriebssystems aufbewahrt, nie im Profil, und werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Zu registrierende Redirect-URI</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>No provider apps yet. Register the app at the provider, then add it here with &quot;Add app…&quot;.</source>
        <translation>Noch keine Provider-Apps. Registrieren Sie die App beim Provider, und fügen Sie sie dann hier mit &quot;App hinzufügen…&quot; hinzu.</translation>
    </message>
    <message>
        <source>Add a provider app</source>
        <translation>Provider-App hinzufügen</translation>
    </message>
    <message>
        <source>Rotate the client secret of the selected app</source>
        <translation>Das Client-Secret der ausgewählten App rotieren</translation>
    </message>
    <message>
        <source>Connect an account to the selected app</source>
        <translation>Ein Konto mit der ausgewählten App verbinden</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Reload the provider apps</source>
        <translation>Die Provider-Apps neu laden</translation>
    </message>
    <message>
        <source>The client secret is in the OS keychain; Keyward never shows it.</source>
        <translation>Das Client-Secret liegt im Schlüsselbund des Betriebssystems; Keyward zeigt es nie an.</translation>
    </message>
    <message>
        <source>Register this redirect URI at the provider; Keyward listens on a free port of 127.0.0.1 for each sign-in (RFC 8252).</source>
        <translation>Registrieren Sie diese Redirect-URI beim Provider; Keyward wartet bei jeder Anmeldung auf einem freien Port von 127.0.0.1 (RFC 8252).</translation>
    </message>
    <message>
        <source>Registered the app &quot;%1&quot; (%2). Register the redirect URI %3 at the provider if you have not yet.</source>
        <translation>Die App &quot;%1&quot; (%2) wurde registriert. Registrieren Sie die Redirect-URI %3 beim Provider, falls noch nicht geschehen.</translation>
    </message>
    <message>
        <source>Rotate client secret</source>
        <translation>Client-Secret rotieren</translation>
    </message>
    <message>
        <source>The new client secret of &quot;%1&quot;, from the provider&apos;s console. Keyward proves it at the provider before it replaces the old one.</source>
        <translation>Das neue Client-Secret von &quot;%1&quot; aus der Konsole des Providers. Keyward prüft es beim Provider, bevor es das alte ersetzt.</translation>
    </message>
    <message>
        <source>Proving the new secret of &quot;%1&quot; at the provider…</source>
        <translation>Das neue Secret von &quot;%1&quot; wird beim Provider geprüft…</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>The new client secret of &quot;%1&quot; was accepted by %2 and is now in use; the old one is gone from the keychain. Revoke it at the provider.</source>
        <translation>Das neue Client-Secret von &quot;%1&quot; wurde von %2 akzeptiert und ist jetzt in Gebrauch; das alte wurde aus dem Schlüsselbund entfernt. Widerrufen Sie es beim Provider.</translation>
    </message>
    <message>
        <source>Connected an account to &quot;%1&quot;: connection %2. Keyward refreshes its tokens from now on.</source>
        <translation>Ein Konto wurde mit &quot;%1&quot; verbunden: Verbindung %2. Keyward erneuert ab jetzt ihre Tokens.</translation>
    </message>
    <message>
        <source>Refresh p&amp;olicy…</source>
        <translation>Erneuerungs&amp;richtlinie…</translation>
    </message>
    <message>
        <source>Edit the refresh policy of the selected app</source>
        <translation>Die Erneuerungsrichtlinie der ausgewählten App bearbeiten</translation>
    </message>
    <message>
        <source>No provider apps yet. A Security Administrator adds them.</source>
        <translation>Noch keine Provider-Apps. Ein Sicherheitsadministrator fügt sie hinzu.</translation>
    </message>
    <message>
        <source>Saved the refresh policy of &quot;%1&quot;: refresh when %2 % of the lifetime or %3 min remain; after a failure wait up to %4 s, doubling up to %5 min; give up after %6 days. It applies from each connection&apos;s next refresh.</source>
        <translation>Die Erneuerungsrichtlinie von &quot;%1&quot; wurde gespeichert: Erneuerung, wenn noch %2 % der Lebensdauer oder %3 min übrig sind; nach einem Fehler bis zu %4 s warten, jeweils verdoppelt bis höchstens %5 min; Aufgabe nach %6 Tagen. Sie gilt ab der nächsten Erneuerung jeder Verbindung.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AuditFilterBar</name>
    <message>
        <source>Any actor</source>
        <translation>Beliebiger Akteur</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Beliebige Aktion</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From (UTC, inclusive)</source>
        <translation>Von (UTC, einschließlich)</translation>
    </message>
    <message>
        <source>Until (UTC, exclusive)</source>
        <translation>Bis (UTC, ausschließlich)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action; end with * for a prefix, like webhook.*</source>
        <translation>Aktion; mit * am Ende für ein Präfix, etwa webhook.*</translation>
    </message>
    <message>
        <source>Target; end with * for a prefix, like connection:*</source>
        <translation>Ziel; mit * am Ende für ein Präfix, etwa connection:*</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Beliebiges Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Beliebiges Ergebnis</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Words to find in the details</source>
        <translation>In den Details zu suchende Wörter</translation>
    </message>
    <message>
        <source>Search details (all words; end a word with * for a prefix)</source>
        <translation>Details durchsuchen (alle Wörter; * am Wortende für ein Präfix)</translation>
    </message>
    <message>
        <source>Clear all audit filters</source>
        <translation>Alle Audit-Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AuditPage</name>
    <message>
        <source>The chain has not been verified in this session.</source>
        <translation>Die Kette wurde in dieser Sitzung noch nicht geprüft.</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Kette prüfen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Die Audit-Kette prüfen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the audit log</source>
        <translation>Das Audit-Protokoll neu laden</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Audit-Ereignisse, neueste zuerst</translation>
    </message>
    <message>
        <source>Details of the selected event</source>
        <translation>Details des ausgewählten Ereignisses</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Audit-Kette wird geprüft…</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>✔ Verified up to event %1 at %2: %3 events, %4 signed checkpoints.</source>
        <translation>✔ Geprüft bis Ereignis %1 vom %2: %3 Ereignisse, %4 signierte Prüfpunkte.</translation>
    </message>
    <message>
        <source>✘ The chain is broken at event %1: %2</source>
        <translation>✘ Die Kette ist bei Ereignis %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Audit-Protokoll wird exportiert…</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 events and %2 checkpoints (up to #%3) to %4. An auditor checks it with keyward-cli audit verify-export.</source>
        <translation>%1 Ereignisse und %2 Prüfpunkte (bis #%3) nach %4 exportiert. Ein Auditor prüft den Export mit keyward-cli audit verify-export.</translation>
    </message>
    <message>
        <source>Export &amp;matching…</source>
        <translation>&amp;Treffer exportieren…</translation>
    </message>
    <message>
        <source>Export the whole audit log to a file for an auditor</source>
        <translation>Das ganze Audit-Protokoll für einen Prüfer in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Export the selected events, or every event that matches the filters, as JSON Lines or CSV</source>
        <translation>Die ausgewählten Ereignisse oder alle zu den Filtern passenden Ereignisse als JSON Lines oder CSV exportieren</translation>
    </message>
    <message>
        <source>Select an event to see what it changed, its details and its hash.</source>
        <translation>Wählen Sie ein Ereignis aus, um zu sehen, was es geändert hat, seine Details und seinen Hash.</translation>
    </message>
    <message>
        <source>The events could not be loaded: %1</source>
        <translation>Die Ereignisse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Events from #%1 (the first broken link) down; clear the filters to see the newest.</source>
        <translation>Ereignisse ab #%1 (dem ersten unterbrochenen Glied) abwärts; setzen Sie die Filter zurück, um die neuesten zu sehen.</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>alle Ereignisse</translation>
    </message>
    <message>
        <source>No event matches: %1.</source>
        <translation>Kein Ereignis passt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match: %1.</source>
        <translation>
            <numerusform>%n Ereignis passt: %1.</numerusform>
            <numerusform>%n Ereignisse passen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n event(s) of %1; scroll down for older ones.</source>
        <translation>
            <numerusform>Das neueste Ereignis von %1; scrollen Sie nach unten für ältere.</numerusform>
            <numerusform>Die neuesten %n Ereignisse von %1; scrollen Sie nach unten für ältere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event #%1 · %2 · %3 %4 → %5</source>
        <translation>Ereignis #%1 · %2 · %3 %4 → %5</translation>
    </message>
    <message>
        <source>By %1 on %2</source>
        <translation>Von %1 auf %2</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>(value)</source>
        <translation>(Wert)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Hash:</translation>
    </message>
    <message>
        <source>Export the events that match: %1</source>
        <translation>Die passenden Ereignisse exportieren: %1</translation>
    </message>
    <message numerus="yes">
        <source>Export %n selected event(s)</source>
        <translation>
            <numerusform>%n ausgewähltes Ereignis exportieren</numerusform>
            <numerusform>%n ausgewählte Ereignisse exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exporting the events…</source>
        <translation>Ereignisse werden exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1. Each carries its hash and the one before it, to match against a full export.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert. Es trägt seinen Hash und den des vorigen Ereignisses, zum Abgleich mit einem vollständigen Export.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert. Jedes trägt seinen Hash und den des vorigen Ereignisses, zum Abgleich mit einem vollständigen Export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::ConnectDialog</name>
    <message>
        <source>Browser sign-in (authorization code + PKCE)</source>
        <translation>Browser-Anmeldung (Autorisierungscode + PKCE)</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Gerätecode</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client-Credentials</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Browser-Anmeldung</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Connect an account to %1</source>
        <translation>Konto mit %1 verbinden</translation>
    </message>
    <message>
        <source>Connect an account to the app &quot;%1&quot;. Its tokens are sealed in the profile, and Keyward refreshes them before they expire.</source>
        <translation>Verbinden Sie ein Konto mit der App &quot;%1&quot;. Seine Tokens werden im Profil versiegelt, und Keyward erneuert sie, bevor sie ablaufen.</translation>
    </message>
    <message>
        <source>How to connect</source>
        <translation>Art der Verbindung</translation>
    </message>
    <message>
        <source>Scopes to request, separated by spaces</source>
        <translation>Anzufordernde Scopes, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>the app&apos;s scopes</source>
        <translation>die Scopes der App</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Copy the authorization URL</source>
        <translation>Die Autorisierungs-URL kopieren</translation>
    </message>
    <message>
        <source>If no browser opened, open this &amp;address in one:</source>
        <translation>Falls sich kein Browser geöffnet hat, öffnen Sie diese &amp;Adresse in einem Browser:</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>Benutzercode</translation>
    </message>
    <message>
        <source>Where to enter the code</source>
        <translation>Wo der Code einzugeben ist</translation>
    </message>
    <message>
        <source>Why connecting failed</source>
        <translation>Warum die Verbindung fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start connecting</source>
        <translation>Verbindung herstellen</translation>
    </message>
    <message>
        <source>Cancel and close</source>
        <translation>Abbrechen und schließen</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>&amp;Flow:</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <source>The address is on the clipboard.</source>
        <translation>Die Adresse befindet sich in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The app supports none of the flows Keyward can run.</source>
        <translation>Die App unterstützt keinen der Flows, die Keyward ausführen kann.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>Token wird angefordert…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>The profile was closed before the account was connected.</source>
        <translation>Das Profil wurde geschlossen, bevor das Konto verbunden war.</translation>
    </message>
    <message>
        <source>Waiting for the browser… (up to 5 minutes). Sign in there and allow access; the browser then returns to Keyward on 127.0.0.1.</source>
        <translation>Warten auf den Browser… (bis zu 5 Minuten). Melden Sie sich dort an, und erlauben Sie den Zugriff; der Browser kehrt dann über 127.0.0.1 zu Keyward zurück.</translation>
    </message>
    <message>
        <source>The browser could not be opened: open the address above in one.</source>
        <translation>Der Browser konnte nicht geöffnet werden: Öffnen Sie die obige Adresse in einem Browser.</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter this code:</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät %1, und geben Sie diesen Code ein:</translation>
    </message>
    <message>
        <source>(or %1).</source>
        <translation>(oder %1).</translation>
    </message>
    <message>
        <source>open the page with the code filled in</source>
        <translation>öffnen Sie die Seite mit bereits eingetragenem Code</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the approval… The code is valid for %n minute(s).</source>
        <translation>
            <numerusform>Warten auf die Genehmigung… Der Code ist %n Minute gültig.</numerusform>
            <numerusform>Warten auf die Genehmigung… Der Code ist %n Minuten gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: connection %1 for %2.</source>
        <translation>Verbunden: Verbindung %1 für %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::ConnectionsPage</name>
    <message>
        <source>Refresh &amp;now</source>
        <translation>Jetzt &amp;erneuern</translation>
    </message>
    <message>
        <source>&amp;Introspect</source>
        <translation>&amp;Introspektion</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Show connections of app</source>
        <translation>Verbindungen der App anzeigen</translation>
    </message>
    <message>
        <source>Show connections in state</source>
        <translation>Verbindungen im Status anzeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by account or scope</source>
        <translation>Nach Konto oder Scope filtern</translation>
    </message>
    <message>
        <source>Account or scope…</source>
        <translation>Konto oder Scope…</translation>
    </message>
    <message>
        <source>Details of the selected connection</source>
        <translation>Details der ausgewählten Verbindung</translation>
    </message>
    <message>
        <source>Select a connection to see its fingerprints, scopes, times and last refresh result. Tokens are never shown.</source>
        <translation>Wählen Sie eine Verbindung aus, um ihre Fingerabdrücke, Scopes, Zeitpunkte und das Ergebnis der letzten Erneuerung anzuzeigen. Tokens werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Refresh the selected connection&apos;s tokens now</source>
        <translation>Die Tokens der ausgewählten Verbindung jetzt erneuern</translation>
    </message>
    <message>
        <source>Ask the provider about the selected connection&apos;s access token</source>
        <translation>Den Provider zum Zugriffstoken der ausgewählten Verbindung befragen</translation>
    </message>
    <message>
        <source>Revoke the selected connection at the provider and here</source>
        <translation>Die ausgewählte Verbindung beim Provider und hier widerrufen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload the connections</source>
        <translation>Die Verbindungen neu laden</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s)</source>
        <translation>
            <numerusform>%1 von %n Verbindung</numerusform>
            <numerusform>%1 von %n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>Refreshing connection %1…</source>
        <translation>Verbindung %1 wird erneuert…</translation>
    </message>
    <message>
        <source>Connection %1 refreshed.</source>
        <translation>Verbindung %1 erneuert.</translation>
    </message>
    <message>
        <source>Introspection of connection %1 (RFC 7662):

</source>
        <translation>Introspektion der Verbindung %1 (RFC 7662):

</translation>
    </message>
    <message>
        <source>The provider says the access token of connection %1 is active.</source>
        <translation>Laut Provider ist das Zugriffstoken der Verbindung %1 aktiv.</translation>
    </message>
    <message>
        <source>The provider says the access token of connection %1 is NOT active.</source>
        <translation>Laut Provider ist das Zugriffstoken der Verbindung %1 NICHT aktiv.</translation>
    </message>
    <message>
        <source>Revoke connection</source>
        <translation>Verbindung widerrufen</translation>
    </message>
    <message>
        <source>Revoke connection %1 at the provider and remove its tokens here? The account must be connected again to be used.</source>
        <translation>Verbindung %1 beim Provider widerrufen und ihre Tokens hier entfernen? Das Konto muss erneut verbunden werden, bevor es wieder verwendet werden kann.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Connection %1 revoked.</source>
        <translation>Verbindung %1 widerrufen.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::CreateTokenDialog</name>
    <message>
        <source>Create API token</source>
        <translation>API-Token erstellen</translation>
    </message>
    <message>
        <source>An API token lets a script or keyward-cli serve act for a user without a password or code, with the role you choose here (at most the user&apos;s own). Keyward stores only its hash and shows it once.</source>
        <translation>Mit einem API-Token kann ein Skript oder keyward-cli serve ohne Passwort oder Code für einen Benutzer handeln, mit der Rolle, die Sie hier wählen (höchstens der eigenen Rolle des Benutzers). Keyward speichert nur seinen Hash und zeigt das Token ein einziges Mal an.</translation>
    </message>
    <message>
        <source>User the token acts for</source>
        <translation>Benutzer, für den das Token handelt</translation>
    </message>
    <message>
        <source>Role of the token</source>
        <translation>Rolle des Tokens</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>What it is for, e.g. &quot;nightly report&quot;</source>
        <translation>Wofür es bestimmt ist, z. B. &quot;nächtlicher Bericht&quot;</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>in 7 days</source>
        <translation>in 7 Tagen</translation>
    </message>
    <message>
        <source>in 30 days</source>
        <translation>in 30 Tagen</translation>
    </message>
    <message>
        <source>in 90 days</source>
        <translation>in 90 Tagen</translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation>in 1 Jahr</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Be&amp;zeichnung:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::EnrollmentDialog</name>
    <message>
        <source>Two-factor sign-in for %1</source>
        <translation>Zwei-Faktor-Anmeldung für %1</translation>
    </message>
    <message>
        <source>New two-factor sign-in for %1</source>
        <translation>Neue Zwei-Faktor-Anmeldung für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown once.&lt;/b&gt; Keyward keeps only what it needs to check codes: this QR code, the secret and the recovery codes cannot be shown again. Set up the authenticator app and store the recovery codes now.</source>
        <translation>&lt;b&gt;Wird nur einmal angezeigt.&lt;/b&gt; Keyward speichert nur, was es zum Prüfen der Codes benötigt: Dieser QR-Code, das Geheimnis und die Wiederherstellungscodes können nicht erneut angezeigt werden. Richten Sie jetzt die Authenticator-App ein, und bewahren Sie die Wiederherstellungscodes auf.</translation>
    </message>
    <message>
        <source>QR code of the authenticator enrollment</source>
        <translation>QR-Code für die Authenticator-Einrichtung</translation>
    </message>
    <message>
        <source>The enrollment is too long for a QR code: enter the secret by hand.</source>
        <translation>Die Einrichtungsdaten sind zu lang für einen QR-Code: Geben Sie das Geheimnis von Hand ein.</translation>
    </message>
    <message>
        <source>1. Scan the QR code with an authenticator app (FreeOTP, Aegis, Google or Microsoft Authenticator, 1Password…) on a device %1 keeps with them.

2. An app that cannot scan takes the secret by hand: time-based, SHA-1, 6 digits, 30 seconds.

3. Store the recovery codes where %1 finds them without this computer (a password manager, or on paper). Each signs in once in place of a code when the authenticator is lost.</source>
        <translation>1. Scannen Sie den QR-Code mit einer Authenticator-App (FreeOTP, Aegis, Google oder Microsoft Authenticator, 1Password…) auf einem Gerät, das %1 bei sich trägt.

2. In eine App, die nicht scannen kann, wird das Geheimnis von Hand eingegeben: zeitbasiert, SHA-1, 6 Ziffern, 30 Sekunden.

3. Bewahren Sie die Wiederherstellungscodes dort auf, wo %1 sie auch ohne diesen Computer findet (in einem Passwort-Manager oder auf Papier). Geht der Authenticator verloren, ermöglicht jeder Code anstelle eines Einmalcodes eine einzige Anmeldung.</translation>
    </message>
    <message>
        <source>Secret for entering by hand</source>
        <translation>Geheimnis zur manuellen Eingabe</translation>
    </message>
    <message>
        <source>Enrollment URI</source>
        <translation>Einrichtungs-URI</translation>
    </message>
    <message>
        <source>Recovery codes, each usable once</source>
        <translation>Wiederherstellungscodes, jeder nur einmal verwendbar</translation>
    </message>
    <message>
        <source>&amp;Copy recovery codes</source>
        <translation>Wiederherstellungscodes &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the recovery codes to the clipboard</source>
        <translation>Die Wiederherstellungscodes in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>I have stored them — &amp;close</source>
        <translation>Ich habe sie sicher aufbewahrt — &amp;schließen</translation>
    </message>
    <message>
        <source>Close; the enrollment cannot be shown again</source>
        <translation>Schließen; die Einrichtung kann nicht erneut angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>&amp;Recovery codes:</source>
        <translation>&amp;Wiederherstellungscodes:</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::FirstAdminSetup</name>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>The profile was created, but not its Security Administrator: %1 Add one on the Users page.</source>
        <translation>Das Profil wurde angelegt, sein Sicherheitsadministrator jedoch nicht: %1 Legen Sie einen auf der Seite „Benutzer“ an.</translation>
    </message>
    <message>
        <source>Next: sign in as %1 with the password and a code from the authenticator app.</source>
        <translation>Als Nächstes: Melden Sie sich als %1 mit dem Passwort und einem Code aus der Authenticator-App an.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::FirstRunDialog</name>
    <message>
        <source>Create a Keyward profile</source>
        <translation>Keyward-Profil anlegen</translation>
    </message>
    <message>
        <source>A profile holds one organisation&apos;s or environment&apos;s provider apps, connections and audit log (for example &quot;prod&quot; or &quot;staging&quot;). Its database is encrypted with a random key kept in your OS keychain, never on disk in the clear.</source>
        <translation>Ein Profil enthält die Provider-Apps, Verbindungen und das Audit-Protokoll einer Organisation oder Umgebung (zum Beispiel &quot;prod&quot; oder &quot;staging&quot;). Seine Datenbank ist mit einem zufälligen Schlüssel verschlüsselt, der im Schlüsselbund Ihres Betriebssystems aufbewahrt wird – niemals im Klartext auf dem Datenträger.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>Use letters, digits, dot, dash or underscore.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Profil namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>Create the first &amp;Security Administrator now (recommended)</source>
        <translation>Den ersten &amp;Sicherheitsadministrator jetzt anlegen (empfohlen)</translation>
    </message>
    <message>
        <source>Create the first Security Administrator now</source>
        <translation>Den ersten Sicherheitsadministrator jetzt anlegen</translation>
    </message>
    <message>
        <source>Without users, whoever holds this computer account&apos;s keychain acts as the profile&apos;s administrator and nobody signs in. With a Security Administrator, everyone signs in with a password and a one-time code from an authenticator app, which you set up next. You can also add users later.</source>
        <translation>Ohne Benutzer handelt als Administrator des Profils, wer über den Schlüsselbund dieses Benutzerkontos auf diesem Computer verfügt, und niemand meldet sich an. Mit einem Sicherheitsadministrator meldet sich jeder mit einem Passwort und einem Einmalcode aus einer Authenticator-App an, die Sie als Nächstes einrichten. Sie können Benutzer auch später hinzufügen.</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Benutzername des Administrators</translation>
    </message>
    <message>
        <source>Administrator&apos;s password</source>
        <translation>Passwort des Administrators</translation>
    </message>
    <message>
        <source>Administrator&apos;s password again</source>
        <translation>Passwort des Administrators wiederholen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::JobsPage</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>&amp;Retry selected</source>
        <translation>Ausgewählte &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Discard selected</source>
        <translation>Ausgewählte &amp;verwerfen</translation>
    </message>
    <message>
        <source>Retry &amp;all matching…</source>
        <translation>&amp;Alle passenden wiederholen…</translation>
    </message>
    <message>
        <source>Discard all &amp;matching…</source>
        <translation>Alle passe&amp;nden verwerfen…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Queue figures</source>
        <translation>Kennzahlen der Warteschlangen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Oldest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Show jobs in state</source>
        <translation>Jobs im Status anzeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Jobs, newest first</source>
        <translation>Jobs, neueste zuerst</translation>
    </message>
    <message>
        <source>Attempts of the selected job</source>
        <translation>Versuche des ausgewählten Jobs</translation>
    </message>
    <message>
        <source>Select a job to see its arguments and every attempt.</source>
        <translation>Wählen Sie einen Job aus, um seine Argumente und alle Versuche anzuzeigen.</translation>
    </message>
    <message>
        <source>Retry the selected jobs now</source>
        <translation>Die ausgewählten Jobs jetzt wiederholen</translation>
    </message>
    <message>
        <source>Discard the selected jobs</source>
        <translation>Die ausgewählten Jobs verwerfen</translation>
    </message>
    <message>
        <source>Retry every job the filter matches</source>
        <translation>Alle Jobs wiederholen, die dem Filter entsprechen</translation>
    </message>
    <message>
        <source>Discard every job the filter matches</source>
        <translation>Alle Jobs verwerfen, die dem Filter entsprechen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Reload the jobs</source>
        <translation>Die Jobs neu laden</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>Job %1 · %2 · queue %3 · %4
Arguments: %5
</source>
        <translation>Job %1 · %2 · Warteschlange %3 · %4
Argumente: %5
</translation>
    </message>
    <message>
        <source>Next attempt: %1
</source>
        <translation>Nächster Versuch: %1
</translation>
    </message>
    <message>
        <source>
Attempt %1: %2, started %3, %4 ms</source>
        <translation>
Versuch %1: %2, gestartet %3, %4 ms</translation>
    </message>
    <message>
        <source>None of these jobs can be retried (running or finished jobs stay as they are).</source>
        <translation>Keiner dieser Jobs kann wiederholt werden (laufende oder abgeschlossene Jobs bleiben unverändert).</translation>
    </message>
    <message>
        <source>None of these jobs can be discarded (running or finished jobs stay as they are).</source>
        <translation>Keiner dieser Jobs kann verworfen werden (laufende oder abgeschlossene Jobs bleiben unverändert).</translation>
    </message>
    <message>
        <source>every job matching &quot;%1&quot;</source>
        <translation>alle Jobs, die &quot;%1&quot; entsprechen</translation>
    </message>
    <message>
        <source>the selected jobs</source>
        <translation>die ausgewählten Jobs</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n job(s) now (%1)?</source>
        <translation>
            <numerusform>%n Job jetzt wiederholen (%1)?</numerusform>
            <numerusform>%n Jobs jetzt wiederholen (%1)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n job(s) (%1)? Discarded jobs do not run again.</source>
        <translation>
            <numerusform>%n Job verwerfen (%1)? Verworfene Jobs werden nicht mehr ausgeführt.</numerusform>
            <numerusform>%n Jobs verwerfen (%1)? Verworfene Jobs werden nicht mehr ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry jobs</source>
        <translation>Jobs wiederholen</translation>
    </message>
    <message>
        <source>Discard jobs</source>
        <translation>Jobs verwerfen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) will run again now.</source>
        <translation>
            <numerusform>%n Job wird jetzt erneut ausgeführt.</numerusform>
            <numerusform>%n Jobs werden jetzt erneut ausgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) discarded.</source>
        <translation>
            <numerusform>%n Job verworfen.</numerusform>
            <numerusform>%n Jobs verworfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::MainWindow</name>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation>Ü&amp;ber Keyward</translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation>Über Keyward</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyward %1&lt;/b&gt;&lt;p&gt;Administration console and engine for an organisation&apos;s OAuth provider connections.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Keyward %1&lt;/b&gt;&lt;p&gt;Verwaltungskonsole und Engine für die OAuth-Provider-Verbindungen einer Organisation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No profile is open: create one to start.</source>
        <translation>Es ist kein Profil geöffnet: Legen Sie eines an, um zu beginnen.</translation>
    </message>
    <message>
        <source>Create profile…</source>
        <translation>Profil anlegen…</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Kein Profil geöffnet</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Keyward — %1</source>
        <translation>Keyward — %1</translation>
    </message>
    <message>
        <source>Encrypted store · SQLCipher %1 · schema %2 · keys in the %3</source>
        <translation>Verschlüsselter Speicher · SQLCipher %1 · Schema %2 · Schlüssel: %3</translation>
    </message>
    <message>
        <source>systemd credentials</source>
        <translation>systemd-Credentials</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>Audit head #%1 %2…</source>
        <translation>Letztes Audit-Ereignis #%1 %2…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>Token health</source>
        <translation>Token-Zustand</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Provider apps</source>
        <translation>Provider-Apps</translation>
    </message>
    <message>
        <source>&amp;Token health</source>
        <translation>&amp;Token-Zustand</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>Provider &amp;apps</source>
        <translation>Provider-&amp;Apps</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Au&amp;dit-Protokoll</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Be&amp;richte</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>Profile id:</source>
        <translation>Profil-ID:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Audit events:</source>
        <translation>Audit-Ereignisse:</translation>
    </message>
    <message>
        <source>Audit head:</source>
        <translation>Letztes Audit-Ereignis:</translation>
    </message>
    <message>
        <source>Signed checkpoints:</source>
        <translation>Signierte Prüfpunkte:</translation>
    </message>
    <message>
        <source>Database size:</source>
        <translation>Datenbankgröße:</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>Write an encrypted backup of this profile</source>
        <translation>Eine verschlüsselte Sicherung dieses Profils schreiben</translation>
    </message>
    <message>
        <source>Rotate database &amp;key…</source>
        <translation>Datenbankschlüssel &amp;rotieren…</translation>
    </message>
    <message>
        <source>Rotate the database encryption key</source>
        <translation>Den Schlüssel der Datenbankverschlüsselung rotieren</translation>
    </message>
    <message>
        <source>Backups are encrypted with the profile&apos;s backup key, kept in the OS keychain beside the database key; see the README for restoring on another machine.</source>
        <translation>Sicherungen werden mit dem Sicherungsschlüssel des Profils verschlüsselt, der neben dem Datenbankschlüssel im Schlüsselbund des Betriebssystems aufbewahrt wird; wie Sie auf einem anderen Rechner wiederherstellen, beschreibt das README.</translation>
    </message>
    <message>
        <source>SQLCipher %1 (AES-256, raw 256-bit key)</source>
        <translation>SQLCipher %1 (AES-256, roher 256-Bit-Schlüssel)</translation>
    </message>
    <message>
        <source>%1 (this Keyward supports up to %2)</source>
        <translation>%1 (diese Keyward-Version unterstützt bis %2)</translation>
    </message>
    <message>
        <source>systemd credentials</source>
        <translation>systemd-Credentials</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>#%1 · %2… · %3</source>
        <translation>#%1 · %2… · %3</translation>
    </message>
    <message>
        <source>none yet (one is signed every 1,000 events and when the profile closes)</source>
        <translation>noch keiner (einer wird alle 1.000 Ereignisse und beim Schließen des Profils signiert)</translation>
    </message>
    <message>
        <source>%1 (last at event %2)</source>
        <translation>%1 (letzter bei Ereignis %2)</translation>
    </message>
    <message>
        <source>Save encrypted backup</source>
        <translation>Verschlüsselte Sicherung speichern</translation>
    </message>
    <message>
        <source>Keyward backups (*.kwbackup)</source>
        <translation>Keyward-Sicherungen (*.kwbackup)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2, audit events up to #%3).</source>
        <translation>Sicherung nach %1 geschrieben (%2, Audit-Ereignisse bis #%3).</translation>
    </message>
    <message>
        <source>Rotate the database key</source>
        <translation>Datenbankschlüssel rotieren</translation>
    </message>
    <message>
        <source>Keyward will make a new random key, re-encrypt the whole database with it and store it in the OS keychain. Backups made before keep their own key. Continue?</source>
        <translation>Keyward erzeugt einen neuen zufälligen Schlüssel, verschlüsselt damit die gesamte Datenbank neu und speichert ihn im Schlüsselbund des Betriebssystems. Zuvor erstellte Sicherungen behalten ihren eigenen Schlüssel. Fortfahren?</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Re-encrypting the database…</source>
        <translation>Datenbank wird neu verschlüsselt…</translation>
    </message>
    <message>
        <source>The database key was rotated.</source>
        <translation>Der Datenbankschlüssel wurde rotiert.</translation>
    </message>
    <message>
        <source>active: seals new tokens</source>
        <translation>aktiv: versiegelt neue Tokens</translation>
    </message>
    <message>
        <source>retiring: tokens being sealed again</source>
        <translation>wird außer Dienst gestellt: Tokens werden neu versiegelt</translation>
    </message>
    <message>
        <source>retired: removed from the keychain</source>
        <translation>außer Dienst: aus dem Schlüsselbund entfernt</translation>
    </message>
    <message>
        <source>Rotate &amp;token key…</source>
        <translation>&amp;Token-Schlüssel rotieren…</translation>
    </message>
    <message>
        <source>Token keys</source>
        <translation>Token-Schlüssel</translation>
    </message>
    <message>
        <source>The OAuth tokens in the profile are sealed under the active token key, kept in the OS keychain; Keyward never shows key material. Rotating makes a new key, seals every token again under it in the background, and then retires the old key.</source>
        <translation>Die OAuth-Tokens im Profil sind mit dem aktiven Token-Schlüssel versiegelt, der im Schlüsselbund des Betriebssystems aufbewahrt wird; Keyward zeigt niemals Schlüsselmaterial an. Beim Rotieren wird ein neuer Schlüssel erzeugt, jedes Token im Hintergrund damit neu versiegelt und anschließend der alte Schlüssel außer Dienst gestellt.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Dienst gestellt</translation>
    </message>
    <message>
        <source>Connections sealed</source>
        <translation>Versiegelte Verbindungen</translation>
    </message>
    <message>
        <source>No token key yet: Keyward makes the first when it stores the first token.</source>
        <translation>Noch kein Token-Schlüssel: Keyward erzeugt den ersten, sobald es das erste Token speichert.</translation>
    </message>
    <message>
        <source>Rotate the token key</source>
        <translation>Den Token-Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Keyward will make a new token key in the OS keychain and seal new tokens with it. In the background it then seals every stored token again under the new key; when no token uses the old key any more, the old key is retired and removed from the keychain. Connections keep working throughout. Continue?</source>
        <translation>Keyward erzeugt einen neuen Token-Schlüssel im Schlüsselbund des Betriebssystems und versiegelt neue Tokens damit. Anschließend versiegelt es im Hintergrund jedes gespeicherte Token mit dem neuen Schlüssel neu; sobald kein Token mehr den alten Schlüssel verwendet, wird dieser außer Dienst gestellt und aus dem Schlüsselbund entfernt. Die Verbindungen funktionieren währenddessen weiter. Fortfahren?</translation>
    </message>
    <message>
        <source>Rotate token key</source>
        <translation>Token-Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Making a new token key…</source>
        <translation>Neuer Token-Schlüssel wird erzeugt…</translation>
    </message>
    <message>
        <source>New token key %1 is active. Keyward seals every token again under it in the background and retires the old key when that is done.</source>
        <translation>Der neue Token-Schlüssel %1 ist aktiv. Keyward versiegelt jedes Token im Hintergrund damit neu und stellt den alten Schlüssel anschließend außer Dienst.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::ReceiverDialog</name>
    <message>
        <source>&amp;Receive webhooks in this console and in keyward-cli serve</source>
        <translation>Webhooks in dieser Konsole und in keyward-cli serve &amp;empfangen</translation>
    </message>
    <message>
        <source>Self-si&amp;gned, made at each start (for local use only)</source>
        <translation>Selbstsi&amp;gniert, bei jedem Start neu erzeugt (nur für lokale Nutzung)</translation>
    </message>
    <message>
        <source>From PEM &amp;files:</source>
        <translation>Aus PEM-&amp;Dateien:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Webhook-Empfänger</translation>
    </message>
    <message>
        <source>Senders post to https://ADDRESS:PORT/webhooks/NAME. Listen on 127.0.0.1 when a reverse proxy on this machine forwards to Keyward; on 0.0.0.0 or [::] only with a certificate the senders trust. The certificate&apos;s key stays in its file: the profile stores only the paths.</source>
        <translation>Absender senden an https://ADRESSE:PORT/webhooks/NAME. Lauschen Sie auf 127.0.0.1, wenn ein Reverse-Proxy auf diesem Rechner an Keyward weiterleitet; auf 0.0.0.0 oder [::] nur mit einem Zertifikat, dem die Absender vertrauen. Der Schlüssel des Zertifikats bleibt in seiner Datei: Das Profil speichert nur die Pfade.</translation>
    </message>
    <message>
        <source>Address and port the receiver listens on</source>
        <translation>Adresse und Port, auf denen der Empfänger lauscht</translation>
    </message>
    <message>
        <source>Certificate chain file (PEM, leaf first)</source>
        <translation>Datei der Zertifikatskette (PEM, Endzertifikat zuerst)</translation>
    </message>
    <message>
        <source>Private key file (PEM)</source>
        <translation>Datei des privaten Schlüssels (PEM)</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Datei des privaten Schlüssels wählen</translation>
    </message>
    <message>
        <source>Why the settings were not applied</source>
        <translation>Warum die Einstellungen nicht übernommen wurden</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Certificate chain (PEM)</source>
        <translation>Zertifikatskette (PEM)</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Privater Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>C&amp;hain:</source>
        <translation>&amp;Kette:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The settings are saved, but the receiver did not start: %1</source>
        <translation>Die Einstellungen sind gespeichert, aber der Empfänger ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::RefreshPolicyDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Refresh ahead: share of the token lifetime, in percent</source>
        <translation>Vorzeitige Erneuerung: Anteil der Token-Lebensdauer, in Prozent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Refresh ahead: minutes before expiry</source>
        <translation>Vorzeitige Erneuerung: Minuten vor Ablauf</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Backoff base: first wait after a failure, in seconds</source>
        <translation>Basis-Wartezeit: erste Wartezeit nach einem Fehler, in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Backoff cap: longest wait between retries, in minutes</source>
        <translation>Maximale Wartezeit: längste Wartezeit zwischen zwei Versuchen, in Minuten</translation>
    </message>
    <message>
        <source>Give-up window in days</source>
        <translation>Zeitfenster bis zur Aufgabe in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Refresh policy of &quot;%1&quot;</source>
        <translation>Erneuerungsrichtlinie von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>How Keyward refreshes the tokens of the accounts connected to &quot;%1&quot;. A change applies from each connection&apos;s next refresh.</source>
        <translation>Wie Keyward die Tokens der mit &quot;%1&quot; verbundenen Konten erneuert. Eine Änderung gilt ab der nächsten Erneuerung jeder Verbindung.</translation>
    </message>
    <message>
        <source>When to refresh</source>
        <translation>Zeitpunkt der Erneuerung</translation>
    </message>
    <message>
        <source>Refresh at &amp;share of lifetime left:</source>
        <translation>Erneuern bei verbleibendem A&amp;nteil der Lebensdauer:</translation>
    </message>
    <message>
        <source>Refresh when this share of the token&apos;s lifetime remains (0–90 %).</source>
        <translation>Erneuern, wenn noch dieser Anteil der Lebensdauer des Tokens übrig ist (0–90 %).</translation>
    </message>
    <message>
        <source>…or &amp;minutes before expiry:</source>
        <translation>…oder &amp;Minuten vor Ablauf:</translation>
    </message>
    <message>
        <source>Or this long before it expires, if that is earlier (at most half the lifetime).</source>
        <translation>Oder so lange vor dem Ablauf, falls dieser Zeitpunkt früher liegt (höchstens die Hälfte der Lebensdauer).</translation>
    </message>
    <message>
        <source>After a failed refresh</source>
        <translation>Nach einer fehlgeschlagenen Erneuerung</translation>
    </message>
    <message>
        <source>Backoff &amp;base:</source>
        <translation>&amp;Basis-Wartezeit:</translation>
    </message>
    <message>
        <source>The first retry comes at a random moment within this time (1 s at least).</source>
        <translation>Der erste neue Versuch erfolgt zu einem zufälligen Zeitpunkt innerhalb dieser Zeitspanne (mindestens 1 s).</translation>
    </message>
    <message>
        <source>Backoff &amp;cap:</source>
        <translation>Ma&amp;ximale Wartezeit:</translation>
    </message>
    <message>
        <source>Each wait doubles up to this cap, which bounds a provider&apos;s Retry-After too.</source>
        <translation>Jede Wartezeit verdoppelt sich bis zu dieser Obergrenze, die auch das Retry-After eines Providers begrenzt.</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Aufgeben nach:</translation>
    </message>
    <message>
        <source>Failing this long marks the connection exhausted: someone must reconnect it.</source>
        <translation>Schlägt die Erneuerung so lange fehl, wird die Verbindung als &quot;Erneuerung aufgegeben&quot; markiert: Jemand muss sie neu verbinden.</translation>
    </message>
    <message>
        <source>Why the refresh policy cannot be saved</source>
        <translation>Warum die Erneuerungsrichtlinie nicht gespeichert werden kann</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the refresh policy</source>
        <translation>Die Erneuerungsrichtlinie speichern</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>Standard&amp;werte wiederherstellen</translation>
    </message>
    <message>
        <source>Put Keyward&apos;s default refresh policy in the form</source>
        <translation>Die Standard-Erneuerungsrichtlinie von Keyward in das Formular übernehmen</translation>
    </message>
    <message>
        <source>Refresh when 0 to 90 % of the lifetime remains: a token refreshed earlier would be refreshed almost all the time.</source>
        <translation>Die Erneuerung muss erfolgen, wenn noch 0 bis 90 % der Lebensdauer übrig sind: Ein früher erneuertes Token würde fast ununterbrochen erneuert.</translation>
    </message>
    <message>
        <source>The minutes before expiry cannot be negative.</source>
        <translation>Die Minuten vor Ablauf dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The backoff base must be at least 1 second.</source>
        <translation>Die Basis-Wartezeit muss mindestens 1 Sekunde betragen.</translation>
    </message>
    <message>
        <source>The backoff cap (%1) is shorter than the backoff base (%2): make the cap at least as long.</source>
        <translation>Die maximale Wartezeit (%1) ist kürzer als die Basis-Wartezeit (%2): Wählen Sie eine maximale Wartezeit, die mindestens ebenso lang ist.</translation>
    </message>
    <message>
        <source>The give-up window must be at least a minute.</source>
        <translation>Das Zeitfenster bis zur Aufgabe muss mindestens eine Minute betragen.</translation>
    </message>
    <message>
        <source>With this policy a token that lives 1 hour is refreshed %1 before it expires, one that lives 1 day %2 before.</source>
        <translation>Mit dieser Richtlinie wird ein Token mit 1 Stunde Lebensdauer %1 vor seinem Ablauf erneuert, eines mit 1 Tag Lebensdauer %2 vorher.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::ReportPreview</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Audit head</source>
        <translation>Letztes Audit-Ereignis</translation>
    </message>
    <message>
        <source>event #%1, %2</source>
        <translation>Ereignis #%1, %2</translation>
    </message>
    <message>
        <source>%1 (rows: %2)</source>
        <translation>%1 (Zeilen: %2)</translation>
    </message>
    <message>
        <source>Rows marked ! : %1</source>
        <translation>Mit ! markierte Zeilen: %1</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows; the saved report has them all.</source>
        <translation>Die ersten %1 von %2 Zeilen; der gespeicherte Bericht enthält alle.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::ReportsPage</name>
    <message>
        <source>Every connection with its app, subject, scopes, when it was created and last refreshed, when its token expires, and its health.</source>
        <translation>Jede Verbindung mit ihrer App, ihrem Konto, ihren Scopes, dem Zeitpunkt ihrer Erstellung und letzten Erneuerung, dem Ablauf ihres Tokens und ihrem Zustand.</translation>
    </message>
    <message>
        <source>Who can do what in Keyward (users, roles, API tokens) and which provider scopes each connection holds, broad scopes flagged.</source>
        <translation>Wer in Keyward was tun darf (Benutzer, Rollen, API-Tokens) und welche Provider-Scopes jede Verbindung hat, weitreichende Scopes markiert.</translation>
    </message>
    <message>
        <source>The age of client secrets, webhook secrets, the token key, the database key and the audit checkpoint key against a maximum age.</source>
        <translation>Das Alter von Client-Secrets, Webhook-Secrets, Token-Schlüssel, Datenbankschlüssel und Schlüssel für Audit-Prüfpunkte, verglichen mit einem Höchstalter.</translation>
    </message>
    <message>
        <source>Failed refreshes and other failures recorded in the period, and the jobs that died.</source>
        <translation>Fehlgeschlagene Erneuerungen und andere im Zeitraum erfasste Fehler sowie die gestorbenen Jobs.</translation>
    </message>
    <message>
        <source>Verifies the audit chain, its signed checkpoints and the database file, and attests the result with the checkpoints of the period.</source>
        <translation>Verifiziert die Audit-Kette, ihre signierten Prüfpunkte und die Datenbankdatei und bestätigt das Ergebnis mit den Prüfpunkten des Zeitraums.</translation>
    </message>
    <message>
        <source>Maximum &amp;age (days):</source>
        <translation>Maximales &amp;Alter (Tage):</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>A&amp;dd schedule…</source>
        <translation>Zeitplan hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Re&amp;move schedule</source>
        <translation>Zeitplan &amp;entfernen</translation>
    </message>
    <message>
        <source>Compliance reports</source>
        <translation>Compliance-Berichte</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Berichtstyp</translation>
    </message>
    <message>
        <source>First day of the period (UTC)</source>
        <translation>Erster Tag des Zeitraums (UTC)</translation>
    </message>
    <message>
        <source>Last day of the period (UTC, included)</source>
        <translation>Letzter Tag des Zeitraums (UTC, eingeschlossen)</translation>
    </message>
    <message>
        <source>Preview the report in the window</source>
        <translation>Vorschau des Berichts im Fenster anzeigen</translation>
    </message>
    <message>
        <source>Save the report as PDF, CSV or JSON</source>
        <translation>Den Bericht als PDF, CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Cancel the report being generated</source>
        <translation>Die Erzeugung des Berichts abbrechen</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Pick a report and a period, then Preview or Save as…</source>
        <translation>Wählen Sie einen Bericht und einen Zeitraum, dann Vorschau oder Speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>P&amp;eriod (UTC):</source>
        <translation>&amp;Zeitraum (UTC):</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>Geplante Berichte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>When (cron, UTC)</source>
        <translation>Wann (cron, UTC)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Gathering the %1 report…</source>
        <translation>Daten für den Bericht &quot;%1&quot; werden gesammelt…</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>Preview of the %1 report: %2 rows. Save as… writes all of them.</source>
        <translation>Vorschau des Berichts &quot;%1&quot;: %2 Zeilen. Speichern unter… schreibt alle.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Writing the %1 report to %2…</source>
        <translation>Bericht &quot;%1&quot; wird nach %2 geschrieben…</translation>
    </message>
    <message>
        <source>Saved the report (%1 rows) to %2. Its SHA-256, %3, is in the audit log.</source>
        <translation>Bericht (%1 Zeilen) nach %2 gespeichert. Sein SHA-256, %3, steht im Audit-Protokoll.</translation>
    </message>
    <message>
        <source>Schedule a report</source>
        <translation>Bericht planen</translation>
    </message>
    <message>
        <source>weekly-inventory</source>
        <translation>woechentliches-inventar</translation>
    </message>
    <message>
        <source>Minute, hour, day of month, month, day of week (UTC): &quot;0 6 * * 1&quot; is Mondays at 06:00.</source>
        <translation>Minute, Stunde, Tag des Monats, Monat, Wochentag (UTC): &quot;0 6 * * 1&quot; bedeutet montags um 06:00.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Ordner für die Berichte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;When (cron, UTC):</source>
        <translation>&amp;Wann (cron, UTC):</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Days covered by each run:</source>
        <translation>Von jedem Lauf abgedeckte &amp;Tage:</translation>
    </message>
    <message>
        <source>Scheduled &quot;%1&quot;. The console and keyward-cli serve run it while they run the background workers.</source>
        <translation>Zeitplan &quot;%1&quot; angelegt. Die Konsole und keyward-cli serve führen ihn aus, während sie die Hintergrund-Worker ausführen.</translation>
    </message>
    <message>
        <source>Remove the schedule</source>
        <translation>Zeitplan entfernen</translation>
    </message>
    <message>
        <source>Stop generating &quot;%1&quot;? Reports already written stay in their folder.</source>
        <translation>&quot;%1&quot; nicht mehr erzeugen? Bereits geschriebene Berichte bleiben in ihrem Ordner.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed the schedule &quot;%1&quot;.</source>
        <translation>Zeitplan &quot;%1&quot; entfernt.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::RotateSecretDialog</name>
    <message>
        <source>Rotate the secret of %1</source>
        <translation>Secret von %1 rotieren</translation>
    </message>
    <message>
        <source>%1 (%2) signs with the secret %3. Enter the sender&apos;s new secret, or generate one and copy it to the sender. Until the overlap ends both are accepted, so deliveries signed either way are not rejected while the sender switches.</source>
        <translation>%1 (%2) signiert mit dem Secret %3. Geben Sie das neue Secret des Absenders ein, oder generieren Sie eines, und tragen Sie es beim Absender ein. Bis zum Ende der Übergangszeit werden beide akzeptiert, sodass mit dem einen oder dem anderen signierte Zustellungen nicht abgelehnt werden, während der Absender umstellt.</translation>
    </message>
    <message>
        <source>(none active)</source>
        <translation>(keines aktiv)</translation>
    </message>
    <message>
        <source>Hours the current secrets stay valid</source>
        <translation>Stunden, die die aktuellen Secrets gültig bleiben</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>0 ends the current secrets now.</source>
        <translation>Bei 0 werden die aktuellen Secrets sofort ungültig.</translation>
    </message>
    <message>
        <source>Why the secret was not rotated</source>
        <translation>Warum das Secret nicht rotiert wurde</translation>
    </message>
    <message>
        <source>&amp;Rotate secret</source>
        <translation>Secret &amp;rotieren</translation>
    </message>
    <message>
        <source>New &amp;secret:</source>
        <translation>Neues &amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>&amp;Übergangszeit:</translation>
    </message>
    <message>
        <source>Enter the new secret, or generate one and copy it to the sender.</source>
        <translation>Geben Sie das neue Secret ein, oder generieren Sie eines, und tragen Sie es beim Absender ein.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::SecretField</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signatur-Secret</translation>
    </message>
    <message>
        <source>the secret the sender shows, or generate one</source>
        <translation>das vom Absender angezeigte Secret, oder generieren Sie eines</translation>
    </message>
    <message>
        <source>Generate a random secret</source>
        <translation>Ein zufälliges Secret generieren</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Das Secret in die Zwischenablage kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert; die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert; die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new random secret: copy it into the sender&apos;s webhook settings.</source>
        <translation>Ein neues zufälliges Secret: Kopieren Sie es in die Webhook-Einstellungen des Absenders.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::SessionLock</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked after %1 without activity.</source>
        <translation>Nach %1 ohne Aktivität gesperrt.</translation>
    </message>
    <message>
        <source>Your session reached its limit of %1.</source>
        <translation>Ihre Sitzung hat ihre Höchstdauer von %1 erreicht.</translation>
    </message>
    <message>
        <source>Locked on request.</source>
        <translation>Auf Anforderung gesperrt.</translation>
    </message>
    <message>
        <source>Locked because the desktop locked or the computer went to sleep.</source>
        <translation>Gesperrt, weil der Desktop gesperrt wurde oder der Computer in den Ruhezustand gewechselt ist.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::SignInPanel</name>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Als a&amp;nderer Benutzer anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>6 digits, or a recovery code</source>
        <translation>6 Ziffern oder ein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Als anderer Benutzer anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Einmal&amp;code:</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>This profile has users. Sign in with your password and the code from your authenticator app, or with one of your recovery codes.</source>
        <translation>Dieses Profil hat Benutzer. Melden Sie sich mit Ihrem Passwort und dem Code aus Ihrer Authenticator-App oder mit einem Ihrer Wiederherstellungscodes an.</translation>
    </message>
    <message>
        <source>Keyward is locked</source>
        <translation>Keyward ist gesperrt</translation>
    </message>
    <message>
        <source>Sign in again as %1 to continue with the profile &quot;%2&quot;.</source>
        <translation>Melden Sie sich erneut als %1 an, um mit dem Profil &quot;%2&quot; fortzufahren.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::TokenCreatedDialog</name>
    <message>
        <source>API token %1</source>
        <translation>API-Token %1</translation>
    </message>
    <message>
        <source>It does not expire; revoke it on the Users page when it is no longer needed.</source>
        <translation>Es läuft nicht ab; widerrufen Sie es auf der Seite „Benutzer“, wenn es nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <source>It expires %1.</source>
        <translation>Es läuft am %1 ab.</translation>
    </message>
    <message>
        <source>Token %1 acts for %2 as %3. %4</source>
        <translation>Token %1 handelt für %2 als %3. %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown once.&lt;/b&gt; Keyward keeps only a hash of the token: copy it into the script&apos;s secret store or a file only its user can read (keyward-cli --token-file), then close this window.</source>
        <translation>&lt;b&gt;Wird nur einmal angezeigt.&lt;/b&gt; Keyward speichert nur einen Hash des Tokens: Kopieren Sie es in den Geheimnisspeicher des Skripts oder in eine Datei, die nur dessen Benutzer lesen kann (keyward-cli --token-file), und schließen Sie dann dieses Fenster.</translation>
    </message>
    <message>
        <source>The API token</source>
        <translation>Das API-Token</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Das Token in die Zwischenablage kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert; die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert; die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::TokenHealthPage</name>
    <message>
        <source>Token health</source>
        <translation>Token-Zustand</translation>
    </message>
    <message>
        <source>Connections per state</source>
        <translation>Verbindungen nach Status</translation>
    </message>
    <message>
        <source>Connections per app and state</source>
        <translation>Verbindungen nach App und Status</translation>
    </message>
    <message>
        <source>Connections that need attention, most urgent first</source>
        <translation>Verbindungen, die Aufmerksamkeit erfordern, dringendste zuerst</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Per app</source>
        <translation>Nach App</translation>
    </message>
    <message>
        <source>No connections yet: register a provider app and connect an account.</source>
        <translation>Noch keine Verbindungen: Registrieren Sie eine Provider-App, und verbinden Sie ein Konto.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s); </source>
        <translation>
            <numerusform>%n Verbindung; </numerusform>
            <numerusform>%n Verbindungen; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention.</source>
        <translation>
            <numerusform>%n davon erfordert Aufmerksamkeit.</numerusform>
            <numerusform>%n davon erfordern Aufmerksamkeit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::UserInput</name>
    <message>
        <source>Choose a password.</source>
        <translation>Wählen Sie ein Passwort.</translation>
    </message>
    <message>
        <source>The password is longer than 1024 bytes: choose a shorter one.</source>
        <translation>Das Passwort ist länger als 1024 Bytes: Wählen Sie ein kürzeres.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein: Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::UsersPage</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No API tokens.</source>
        <translation>Keine API-Tokens.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Reset &amp;two-factor…</source>
        <translation>&amp;Zwei-Faktor zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Create API token…</source>
        <translation>API-Token &amp;erstellen…</translation>
    </message>
    <message>
        <source>Re&amp;voke token…</source>
        <translation>Token &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>This profile has no users: whoever holds this computer account&apos;s keychain acts as its Security Administrator, and nobody signs in. Add a Security Administrator to require a password and a one-time code from then on.</source>
        <translation>Dieses Profil hat keine Benutzer: Wer über den Schlüsselbund dieses Benutzerkontos auf diesem Computer verfügt, handelt als Sicherheitsadministrator des Profils, und niemand meldet sich an. Fügen Sie einen Sicherheitsadministrator hinzu, damit ab dann ein Passwort und ein Einmalcode erforderlich sind.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Zwei-Faktor</translation>
    </message>
    <message>
        <source>Recovery codes left</source>
        <translation>Verbleibende Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Einen Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Change the role of the selected user</source>
        <translation>Die Rolle des ausgewählten Benutzers ändern</translation>
    </message>
    <message>
        <source>Disable or enable the selected user</source>
        <translation>Den ausgewählten Benutzer deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <source>Give the selected user a new authenticator secret and recovery codes</source>
        <translation>Dem ausgewählten Benutzer ein neues Authenticator-Geheimnis und neue Wiederherstellungscodes geben</translation>
    </message>
    <message>
        <source>Create an API token</source>
        <translation>Ein API-Token erstellen</translation>
    </message>
    <message>
        <source>Revoke the selected API token</source>
        <translation>Das ausgewählte API-Token widerrufen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload the users and API tokens</source>
        <translation>Die Benutzer und API-Tokens neu laden</translation>
    </message>
    <message>
        <source>Scripts and keyward-cli serve sign in with an API token, scoped to a role no broader than its user&apos;s. Keyward keeps only a hash of each token.</source>
        <translation>Skripte und keyward-cli serve melden sich mit einem API-Token an, dessen Rolle nicht weiter reicht als die seines Benutzers. Keyward speichert von jedem Token nur einen Hash.</translation>
    </message>
    <message>
        <source>Everyone who uses this profile signs in with a password and a one-time code from an authenticator app. Their role decides what they may do; the last enabled Security Administrator can be neither disabled nor demoted.</source>
        <translation>Alle, die dieses Profil verwenden, melden sich mit einem Passwort und einem Einmalcode aus einer Authenticator-App an. Die Rolle bestimmt, was sie tun dürfen; der letzte aktivierte Sicherheitsadministrator kann weder deaktiviert noch herabgestuft werden.</translation>
    </message>
    <message>
        <source>Everyone who uses this profile and what their role lets them do. Only a Security Administrator changes users and API tokens.</source>
        <translation>Alle, die dieses Profil verwenden, und was ihre Rolle ihnen erlaubt. Nur ein Sicherheitsadministrator kann Benutzer und API-Tokens ändern.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>no: revoked %1</source>
        <translation>nein: widerrufen am %1</translation>
    </message>
    <message>
        <source>no: expired</source>
        <translation>nein: abgelaufen</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt…</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>Next: sign in as %1 with the password and a code from the authenticator app.</source>
        <translation>Als Nächstes: Melden Sie sich als %1 mit dem Passwort und einem Code aus der Authenticator-App an.</translation>
    </message>
    <message>
        <source>Added %1 as %2. The profile now asks everyone to sign in.</source>
        <translation>%1 wurde als %2 hinzugefügt. Das Profil verlangt jetzt von allen eine Anmeldung.</translation>
    </message>
    <message>
        <source>Added %1 as %2. Hand over the authenticator setup and recovery codes shown now; they are not shown again.</source>
        <translation>%1 wurde als %2 hinzugefügt. Übergeben Sie die jetzt angezeigte Authenticator-Einrichtung und die Wiederherstellungscodes; sie werden nicht erneut angezeigt.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>New role of %1 (their API tokens keep working only within it):</source>
        <translation>Neue Rolle von %1 (die API-Tokens dieses Benutzers funktionieren dann nur noch im Rahmen dieser Rolle):</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in, and their API tokens are revoked for good. You can enable the user again later, but not the tokens.</source>
        <translation>%1 deaktivieren? Der Benutzer kann sich dann nicht mehr anmelden, und seine API-Tokens werden endgültig widerrufen. Sie können den Benutzer später wieder aktivieren, die Tokens jedoch nicht.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>%1 is disabled and their API tokens are revoked.</source>
        <translation>%1 ist deaktiviert, und die API-Tokens dieses Benutzers wurden widerrufen.</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in again.</source>
        <translation>%1 ist aktiviert und kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Reset two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung zurücksetzen</translation>
    </message>
    <message>
        <source>Give %1 a new authenticator secret and new recovery codes? The old authenticator entry and the old recovery codes stop working at once.</source>
        <translation>%1 ein neues Authenticator-Geheimnis und neue Wiederherstellungscodes geben? Der alte Authenticator-Eintrag und die alten Wiederherstellungscodes funktionieren dann sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>%1 has a new authenticator secret and recovery codes; the old ones no longer work.</source>
        <translation>%1 hat ein neues Authenticator-Geheimnis und neue Wiederherstellungscodes; die alten funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Created API token %1 for %2 as %3.</source>
        <translation>API-Token %1 für %2 als %3 erstellt.</translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation>API-Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke API token %1? Scripts that use it are refused from now on.</source>
        <translation>API-Token %1 widerrufen? Skripte, die es verwenden, werden ab sofort abgewiesen.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>API token %1 of %2 is revoked.</source>
        <translation>Das API-Token %1 von %2 wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::WebhooksPage</name>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (gültig bis %2)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>every app of its provider</source>
        <translation>jede App ihres Providers</translation>
    </message>
    <message>
        <source>Timestamp tolerance %1 s, at most %2 deliveries a second; bodies of rejected deliveries %3.</source>
        <translation>Zeitstempel-Toleranz %1 s, höchstens %2 Zustellungen pro Sekunde; Inhalte abgelehnter Zustellungen werden %3.</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>aufbewahrt</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>nicht aufbewahrt</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <source>Body not kept (%1 bytes received): the source does not keep the bodies of rejected deliveries.</source>
        <translation>Inhalt nicht aufbewahrt (%1 Bytes empfangen): Die Quelle bewahrt die Inhalte abgelehnter Zustellungen nicht auf.</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Inhalt)</translation>
    </message>
    <message>
        <source>… (the first %1 of %2 bytes)</source>
        <translation>… (die ersten %1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>The body is binary (%1 bytes); shown as base64:</source>
        <translation>Der Inhalt ist binär (%1 Bytes); Anzeige als Base64:</translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation>Quelle hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Rotate &amp;secret…</source>
        <translation>&amp;Secret rotieren…</translation>
    </message>
    <message>
        <source>&amp;Replay selected</source>
        <translation>Ausgewählte &amp;erneut verarbeiten</translation>
    </message>
    <message>
        <source>Replay all &amp;matching…</source>
        <translation>&amp;Alle passenden erneut verarbeiten…</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhook sources</source>
        <translation>Webhook-Quellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Add a webhook source</source>
        <translation>Webhook-Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Give the selected source a new secret</source>
        <translation>Der ausgewählten Quelle ein neues Secret geben</translation>
    </message>
    <message>
        <source>Show deliveries of source</source>
        <translation>Zustellungen der Quelle anzeigen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Show deliveries in state</source>
        <translation>Zustellungen im Status anzeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Show deliveries by verification result</source>
        <translation>Zustellungen nach Ergebnis der Verifizierung anzeigen</translation>
    </message>
    <message>
        <source>Verified or not</source>
        <translation>Verifiziert oder nicht</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Webhook deliveries, newest first</source>
        <translation>Webhook-Zustellungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Headers, body and result of the selected delivery</source>
        <translation>Header, Inhalt und Ergebnis der ausgewählten Zustellung</translation>
    </message>
    <message>
        <source>Select a delivery to see its headers (secrets redacted), body and result.</source>
        <translation>Wählen Sie eine Zustellung aus, um ihre Header (Secrets geschwärzt), ihren Inhalt und ihr Ergebnis anzuzeigen.</translation>
    </message>
    <message>
        <source>Process the selected deliveries again</source>
        <translation>Die ausgewählten Zustellungen erneut verarbeiten</translation>
    </message>
    <message>
        <source>Process every delivery the filter matches again</source>
        <translation>Alle Zustellungen, die dem Filter entsprechen, erneut verarbeiten</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Reload the sources and deliveries</source>
        <translation>Die Quellen und Zustellungen neu laden</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Verification:</source>
        <translation>&amp;Verifizierung:</translation>
    </message>
    <message>
        <source>No webhook sources yet. Add one for each sender; it gets the path /webhooks/NAME and a signing secret.</source>
        <translation>Noch keine Webhook-Quellen. Fügen Sie für jeden Absender eine hinzu; sie erhält den Pfad /webhooks/NAME und ein Signatur-Secret.</translation>
    </message>
    <message>
        <source>No webhook sources yet. A Security Administrator adds them.</source>
        <translation>Noch keine Webhook-Quellen. Ein Sicherheitsadministrator fügt sie hinzu.</translation>
    </message>
    <message>
        <source>Fingerprints (the first 8 hex digits of SHA-256) of the secrets deliveries are checked against, newest first.</source>
        <translation>Fingerabdrücke (die ersten 8 Hexadezimalziffern des SHA-256) der Secrets, gegen die Zustellungen geprüft werden, neueste zuerst.</translation>
    </message>
    <message>
        <source>every source and state</source>
        <translation>alle Quellen und Status</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries selected.</source>
        <translation>
            <numerusform>%n Zustellung ausgewählt.</numerusform>
            <numerusform>%n Zustellungen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>Delivery %1 from %2</source>
        <translation>Zustellung %1 von %2</translation>
    </message>
    <message>
        <source>, event %1</source>
        <translation>, Ereignis %1</translation>
    </message>
    <message>
        <source>Received %1 from %2</source>
        <translation>Empfangen am %1 von %2</translation>
    </message>
    <message>
        <source>, the sender&apos;s delivery id %1</source>
        <translation>, Zustellungs-ID des Absenders %1</translation>
    </message>
    <message>
        <source>Verification: %1. %2</source>
        <translation>Verifizierung: %1. %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>, replayed %n time(s)</source>
        <translation>
            <numerusform>, %n-mal erneut verarbeitet</numerusform>
            <numerusform>, %n-mal erneut verarbeitet</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Headers (secrets redacted):</source>
        <translation>Header (Secrets geschwärzt):</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Added the source %1: deliveries signed with the secret %2 are accepted at /webhooks/%1.</source>
        <translation>Die Quelle %1 wurde hinzugefügt: Zustellungen, die mit dem Secret %2 signiert sind, werden unter /webhooks/%1 angenommen.</translation>
    </message>
    <message>
        <source>%1 has the new secret %2; the previous ones stay valid until %3.</source>
        <translation>%1 hat das neue Secret %2; die bisherigen bleiben bis %3 gültig.</translation>
    </message>
    <message>
        <source>%1 has the new secret %2; the previous ones no longer verify deliveries.</source>
        <translation>%1 hat das neue Secret %2; die bisherigen verifizieren keine Zustellungen mehr.</translation>
    </message>
    <message>
        <source>At most %1 deliveries can be replayed at once; select fewer.</source>
        <translation>Höchstens %1 Zustellungen können auf einmal erneut verarbeitet werden; wählen Sie weniger aus.</translation>
    </message>
    <message>
        <source>Rejected deliveries are never processed, so none of the selected can be replayed.</source>
        <translation>Abgelehnte Zustellungen werden nie verarbeitet, daher kann keine der ausgewählten erneut verarbeitet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n selected delivery(ies)? Each is processed again as if it had just arrived.</source>
        <translation>
            <numerusform>%n ausgewählte Zustellung erneut verarbeiten? Sie wird so verarbeitet, als wäre sie gerade eingetroffen.</numerusform>
            <numerusform>%n ausgewählte Zustellungen erneut verarbeiten? Jede wird so verarbeitet, als wäre sie gerade eingetroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay %1 of the %2 selected deliveries? The others were rejected and are never processed.</source>
        <translation>%1 der %2 ausgewählten Zustellungen erneut verarbeiten? Die übrigen wurden abgelehnt und werden nie verarbeitet.</translation>
    </message>
    <message>
        <source>Replay deliveries</source>
        <translation>Zustellungen erneut verarbeiten</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Erneut verarbeiten</translation>
    </message>
    <message>
        <source>The filter shows rejected deliveries, which are never processed: nothing to replay.</source>
        <translation>Der Filter zeigt abgelehnte Zustellungen, die nie verarbeitet werden: Es gibt nichts erneut zu verarbeiten.</translation>
    </message>
    <message>
        <source>No verified deliveries from the last 7 days match (%1): nothing to replay.</source>
        <translation>Keine verifizierten Zustellungen der letzten 7 Tage entsprechen dem Filter (%1): Es gibt nichts erneut zu verarbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n delivery(ies) from the last 7 days?</source>
        <translation>
            <numerusform>%n Zustellung der letzten 7 Tage erneut verarbeiten?</numerusform>
            <numerusform>%n Zustellungen der letzten 7 Tage erneut verarbeiten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching: %1, verified only.</source>
        <translation>Filter: %1, nur verifizierte.</translation>
    </message>
    <message>
        <source>More deliveries match than one replay takes: these are the newest %1. Narrow the filter to reach the others.</source>
        <translation>Es passen mehr Zustellungen, als ein Durchgang erneut verarbeiten kann: Dies sind die neuesten %1. Schränken Sie den Filter ein, um die übrigen zu erreichen.</translation>
    </message>
    <message>
        <source>Each is processed again as if it had just arrived.</source>
        <translation>Jede wird so verarbeitet, als wäre sie gerade eingetroffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) queued for processing again.</source>
        <translation>
            <numerusform>%n Zustellung zur erneuten Verarbeitung eingereiht.</numerusform>
            <numerusform>%n Zustellungen zur erneuten Verarbeitung eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be replayed: not verified, or no longer recorded.</source>
        <translation>
            <numerusform>%n konnte nicht erneut verarbeitet werden: nicht verifiziert oder nicht mehr gespeichert.</numerusform>
            <numerusform>%n konnten nicht erneut verarbeitet werden: nicht verifiziert oder nicht mehr gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>circuit open</source>
        <translation>Circuit Breaker offen</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>The last delivery worked (%1).</source>
        <translation>Die letzte Zustellung war erfolgreich (%1).</translation>
    </message>
    <message>
        <source>Nothing delivered yet.</source>
        <translation>Noch nichts zugestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) in a row failed; they are retried. The last error: %1</source>
        <translation>
            <numerusform>%n Zustellung ist fehlgeschlagen; sie wird wiederholt. Letzter Fehler: %1</numerusform>
            <numerusform>%n Zustellungen in Folge sind fehlgeschlagen; sie werden wiederholt. Letzter Fehler: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Circuit open until %1 after %n failure(s) in a row: deliveries wait until then. The last error: %2</source>
        <translation>
            <numerusform>Circuit Breaker bis %1 offen nach %n Fehlschlag: Zustellungen warten bis dahin. Letzter Fehler: %2</numerusform>
            <numerusform>Circuit Breaker bis %1 offen nach %n Fehlschlägen in Folge: Zustellungen warten bis dahin. Letzter Fehler: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched off.</source>
        <translation>Ausgeschaltet.</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>alle Ereignisse</translation>
    </message>
    <message>
        <source>Add e&amp;ndpoint…</source>
        <translation>E&amp;ndpunkt hinzufügen…</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>Auss&amp;chalten</translation>
    </message>
    <message>
        <source>Remov&amp;e…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Event endpoints</source>
        <translation>Ereignis-Endpunkte</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Add an endpoint that receives Keyward&apos;s events</source>
        <translation>Einen Endpunkt hinzufügen, der die Ereignisse von Keyward erhält</translation>
    </message>
    <message>
        <source>Switch the selected endpoint off or on</source>
        <translation>Den ausgewählten Endpunkt aus- oder einschalten</translation>
    </message>
    <message>
        <source>Remove the selected endpoint</source>
        <translation>Den ausgewählten Endpunkt entfernen</translation>
    </message>
    <message>
        <source>Senders whose signed deliveries Keyward accepts</source>
        <translation>Absender, deren signierte Zustellungen Keyward annimmt</translation>
    </message>
    <message>
        <source>URLs Keyward posts its own events to</source>
        <translation>URLs, an die Keyward seine eigenen Ereignisse sendet</translation>
    </message>
    <message>
        <source>Keyward posts its own events (connections to authorize again, jobs that gave up, a broken audit chain) to these URLs, signed per Standard Webhooks.</source>
        <translation>Keyward sendet seine eigenen Ereignisse (erneut zu autorisierende Verbindungen, aufgegebene Jobs, eine unterbrochene Audit-Kette) an diese URLs, signiert nach Standard Webhooks.</translation>
    </message>
    <message>
        <source>No event endpoints yet.</source>
        <translation>Noch keine Ereignis-Endpunkte.</translation>
    </message>
    <message>
        <source>Add one for each receiver.</source>
        <translation>Fügen Sie für jeden Empfänger einen hinzu.</translation>
    </message>
    <message>
        <source>A Security Administrator adds them.</source>
        <translation>Ein Sicherheitsadministrator fügt sie hinzu.</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Quellen (%1)</translation>
    </message>
    <message>
        <source>S&amp;witch on</source>
        <translation>Eins&amp;chalten</translation>
    </message>
    <message>
        <source>Event endpoints (%1)</source>
        <translation>Ereignis-Endpunkte (%1)</translation>
    </message>
    <message>
        <source>Added endpoint %1: Keyward posts %2 to %3.</source>
        <translation>Endpunkt %1 wurde hinzugefügt: Keyward sendet %2 an %3.</translation>
    </message>
    <message>
        <source>Signing secret of endpoint %1</source>
        <translation>Signatur-Secret von Endpunkt %1</translation>
    </message>
    <message>
        <source>Endpoint %1 (%2) receives %3, signed per Standard Webhooks with this secret: its receiver checks the webhook-signature header with it.</source>
        <translation>Endpunkt %1 (%2) erhält %3, signiert nach Standard Webhooks mit diesem Secret: Sein Empfänger prüft damit den Header webhook-signature.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown once.&lt;/b&gt; Keyward keeps the secret in your OS keychain only to sign with: copy it into the receiver&apos;s configuration now, then close this window.</source>
        <translation>&lt;b&gt;Wird nur einmal angezeigt.&lt;/b&gt; Keyward bewahrt das Secret im Schlüsselbund Ihres Betriebssystems nur zum Signieren auf: Kopieren Sie es jetzt in die Konfiguration des Empfängers, und schließen Sie dann dieses Fenster.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s signing secret</source>
        <translation>Das Signatur-Secret des Endpunkts</translation>
    </message>
    <message>
        <source>Switched endpoint %1 on: it receives new events again.</source>
        <translation>Endpunkt %1 wurde eingeschaltet: Er erhält wieder neue Ereignisse.</translation>
    </message>
    <message>
        <source>Switched endpoint %1 off: Keyward sends it no events until it is switched on again.</source>
        <translation>Endpunkt %1 wurde ausgeschaltet: Keyward sendet ihm keine Ereignisse, bis er wieder eingeschaltet wird.</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Endpunkt entfernen</translation>
    </message>
    <message>
        <source>Remove endpoint %1 (%2)? Keyward stops posting events to it and deletes its undelivered events and its signing secret.</source>
        <translation>Endpunkt %1 (%2) entfernen? Keyward sendet keine Ereignisse mehr an ihn und löscht seine nicht zugestellten Ereignisse und sein Signatur-Secret.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed endpoint %1 (%2) and its signing secret.</source>
        <translation>Endpunkt %1 (%2) und sein Signatur-Secret wurden entfernt.</translation>
    </message>
    <message>
        <source>&amp;Configure receiver…</source>
        <translation>Empfänger &amp;einrichten…</translation>
    </message>
    <message>
        <source>Switch the webhook receiver on or off, choose its address and certificate</source>
        <translation>Den Webhook-Empfänger ein- oder ausschalten, Adresse und Zertifikat wählen</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Where this console receives webhooks</source>
        <translation>Wo diese Konsole Webhooks empfängt</translation>
    </message>
    <message>
        <source>Senders post signed events to /webhooks/NAME on the receiver (this console&apos;s, when the Receiver tab switches it on, or keyward-cli serve&apos;s). Keyward checks each signature with the source&apos;s secrets (kept in your OS keychain; only fingerprints are shown), records the delivery with secret headers redacted, and applies providers&apos; revocation events to the connections they concern.</source>
        <translation>Absender senden signierte Ereignisse an /webhooks/NAME beim Empfänger (dem dieser Konsole, wenn er im Reiter Empfänger eingeschaltet ist, oder dem von keyward-cli serve). Keyward prüft jede Signatur mit den Geheimnissen der Quelle (im Schlüsselbund des Betriebssystems; angezeigt werden nur Fingerabdrücke), zeichnet die Zustellung mit geschwärzten geheimen Headern auf und wendet Widerrufsereignisse der Anbieter auf die betroffenen Verbindungen an.</translation>
    </message>
    <message>
        <source>Receiving on %1/webhooks/NAME.</source>
        <translation>Empfang unter %1/webhooks/NAME.</translation>
    </message>
    <message>
        <source>The certificate is self-signed and made anew at each start (SHA-256 %1): senders must be told to trust it, so use it only for local tests.</source>
        <translation>Das Zertifikat ist selbstsigniert und wird bei jedem Start neu erzeugt (SHA-256 %1): Absendern muss gesagt werden, ihm zu vertrauen; nutzen Sie es daher nur für lokale Tests.</translation>
    </message>
    <message>
        <source>Certificate %1 (SHA-256 %2).</source>
        <translation>Zertifikat %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Switched on for %1, but not running: %2</source>
        <translation>Eingeschaltet für %1, läuft aber nicht: %2</translation>
    </message>
    <message>
        <source>Off: this console does not receive webhooks. keyward-cli serve --webhooks-listen can, or switch the receiver on here (it then starts with the console and with keyward-cli serve).</source>
        <translation>Aus: Diese Konsole empfängt keine Webhooks. keyward-cli serve --webhooks-listen kann es, oder schalten Sie den Empfänger hier ein (er startet dann mit der Konsole und mit keyward-cli serve).</translation>
    </message>
    <message>
        <source>The webhook receiver listens on %1.</source>
        <translation>Der Webhook-Empfänger lauscht auf %1.</translation>
    </message>
    <message>
        <source>The webhook receiver is off.</source>
        <translation>Der Webhook-Empfänger ist aus.</translation>
    </message>
    <message>
        <source>Google&apos;s keys, for %1</source>
        <translation>Googles Schlüssel, für %1</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks</name>
    <message>
        <source>A source name is 1 to 64 lowercase letters, digits, &quot;-&quot; or &quot;_&quot; (it becomes the path /webhooks/NAME).</source>
        <translation>Ein Quellenname besteht aus 1 bis 64 Kleinbuchstaben, Ziffern, &quot;-&quot; oder &quot;_&quot; (er wird zum Pfad /webhooks/NAME).</translation>
    </message>
    <message>
        <source>The timestamp tolerance must be between 1 and %1 seconds.</source>
        <translation>Die Zeitstempel-Toleranz muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The rate limit must be between 1 and 1,000,000 deliveries a second.</source>
        <translation>Die Ratenbegrenzung muss zwischen 1 und 1.000.000 Zustellungen pro Sekunde liegen.</translation>
    </message>
    <message>
        <source>The secret is shorter than 16 bytes: use the secret the sender generated, or generate a long random one.</source>
        <translation>Das Secret ist kürzer als 16 Bytes: Verwenden Sie das vom Absender erzeugte Secret, oder generieren Sie ein langes zufälliges.</translation>
    </message>
    <message>
        <source>A Standard Webhooks secret is &quot;whsec_&quot; followed by base64; this one does not decode.</source>
        <translation>Ein Standard-Webhooks-Secret besteht aus &quot;whsec_&quot;, gefolgt von Base64; dieses lässt sich nicht dekodieren.</translation>
    </message>
    <message>
        <source>No %1.</source>
        <translation>Nicht gefunden: %1.</translation>
    </message>
    <message>
        <source>webhook source &quot;%1&quot; (see `webhooks sources list`)</source>
        <translation>Webhook-Quelle &quot;%1&quot; (siehe `webhooks sources list`)</translation>
    </message>
    <message>
        <source>webhook delivery %1</source>
        <translation>Webhook-Zustellung %1</translation>
    </message>
    <message>
        <source>The delivery could not be recorded (the store refused the row).</source>
        <translation>Die Zustellung konnte nicht aufgezeichnet werden (der Speicher hat die Zeile abgelehnt).</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::EventPublisher</name>
    <message>
        <source>An endpoint is an https:// URL (http:// only for localhost or 127.0.0.1), not &quot;%1&quot;.</source>
        <translation>Ein Endpunkt ist eine https://-URL (http:// nur für localhost oder 127.0.0.1), nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;; the events are %2, or * for all of them.</source>
        <translation>Unbekanntes Ereignis &quot;%1&quot;; die Ereignisse sind %2, oder * für alle.</translation>
    </message>
    <message>
        <source>No webhook endpoint %1 (see `webhooks endpoints list`).</source>
        <translation>Kein Webhook-Endpunkt %1 (siehe `webhooks endpoints list`).</translation>
    </message>
    <message>
        <source>Switched off by an administrator.</source>
        <translation>Von einem Administrator ausgeschaltet.</translation>
    </message>
    <message>
        <source>The message no longer exists (its endpoint was removed).</source>
        <translation>Die Nachricht existiert nicht mehr (ihr Endpunkt wurde entfernt).</translation>
    </message>
    <message>
        <source>The message was delivered or given up already.</source>
        <translation>Die Nachricht wurde bereits zugestellt oder aufgegeben.</translation>
    </message>
    <message>
        <source>The endpoint is switched off.</source>
        <translation>Der Endpunkt ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s circuit is open: waiting before trying again.</source>
        <translation>Der Circuit Breaker des Endpunkts ist offen: Vor einem neuen Versuch wird gewartet.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1.</source>
        <translation>Der Endpunkt hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The endpoint answered 410 Gone: it asked not to be sent anything more.</source>
        <translation>Der Endpunkt hat mit 410 Gone geantwortet: Er möchte nichts mehr erhalten.</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts; the last: %2</source>
        <translation>Nach %1 Versuchen aufgegeben; der letzte: %2</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::ReceiverSettings</name>
    <message>
        <source>Give both a certificate and a key file, or neither (a self-signed certificate for local use).</source>
        <translation>Geben Sie sowohl eine Zertifikats- als auch eine Schlüsseldatei an, oder keine von beiden (ein selbstsigniertes Zertifikat für lokale Nutzung).</translation>
    </message>
    <message>
        <source>The listen address takes ADDRESS:PORT, such as 127.0.0.1:8443 or [::]:8443 (port 0: any free port).</source>
        <translation>Die Lauschadresse hat die Form ADRESSE:PORT, etwa 127.0.0.1:8443 oder [::]:8443 (Port 0: ein beliebiger freier Port).</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::RevocationEvents</name>
    <message>
        <source>The %1 event cannot be applied: %2. Nothing was changed; look at the delivery&apos;s body.</source>
        <translation>Das Ereignis %1 kann nicht angewendet werden: %2. Es wurde nichts geändert; sehen Sie sich den Inhalt der Zustellung an.</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it lists no user or bot ids</source>
        <translation>es enthält keine Benutzer- oder Bot-IDs</translation>
    </message>
    <message>
        <source>it names no team</source>
        <translation>es nennt kein Team</translation>
    </message>
    <message>
        <source>it names no sender</source>
        <translation>es nennt keinen Absender</translation>
    </message>
    <message>
        <source>it names no account</source>
        <translation>es nennt kein Konto</translation>
    </message>
    <message>
        <source>its subject has no &quot;sub&quot; (only iss-sub subjects are matched)</source>
        <translation>sein Subject hat kein &quot;sub&quot; (nur iss-sub-Subjects werden zugeordnet)</translation>
    </message>
    <message>
        <source>its body names no shop (myshopify_domain)</source>
        <translation>sein Inhalt nennt keinen Shop (myshopify_domain)</translation>
    </message>
    <message>
        <source>its X-Shopify-Shop-Domain header names another shop than its signed body</source>
        <translation>sein X-Shopify-Shop-Domain-Header nennt einen anderen Shop als sein signierter Inhalt</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::TlsIdentity</name>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot read the private key file %1.</source>
        <translation>Die Datei mit dem privaten Schlüssel %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA oder EC).</translation>
    </message>
    <message>
        <source>Could not make a self-signed certificate (OpenSSL failed).</source>
        <translation>Es konnte kein selbstsigniertes Zertifikat erzeugt werden (OpenSSL-Fehler).</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::Verdict</name>
    <message>
        <source>The generic signature scheme&apos;s configuration is not usable: %1.</source>
        <translation>Die Konfiguration des generischen Signaturverfahrens ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>encoding must be hex or base64</source>
        <translation>encoding muss hex oder base64 sein</translation>
    </message>
    <message>
        <source>digest must be sha256, sha512 or sha1</source>
        <translation>digest muss sha256, sha512 oder sha1 sein</translation>
    </message>
    <message>
        <source>signature_header is empty</source>
        <translation>signature_header ist leer</translation>
    </message>
    <message>
        <source>payload must contain {body}</source>
        <translation>payload muss {body} enthalten</translation>
    </message>
    <message>
        <source>a timestamp_header needs {timestamp} in the payload, and the other way round</source>
        <translation>ein timestamp_header erfordert {timestamp} im payload und umgekehrt</translation>
    </message>
    <message>
        <source>{id} in the payload needs an id_header</source>
        <translation>{id} im payload erfordert einen id_header</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>Die Signatur ist gültig.</translation>
    </message>
    <message>
        <source>The delivery carries no signature header of this scheme: check the source&apos;s scheme and that the sender signs its deliveries.</source>
        <translation>Die Zustellung enthält keinen Signatur-Header dieses Verfahrens: Prüfen Sie das Verfahren der Quelle und ob der Absender seine Zustellungen signiert.</translation>
    </message>
    <message>
        <source>The signature header is not in this scheme&apos;s format: check the source&apos;s scheme.</source>
        <translation>Der Signatur-Header entspricht nicht dem Format dieses Verfahrens: Prüfen Sie das Verfahren der Quelle.</translation>
    </message>
    <message>
        <source>The delivery carries no signed timestamp, which this scheme requires.</source>
        <translation>Die Zustellung enthält keinen signierten Zeitstempel, den dieses Verfahren jedoch verlangt.</translation>
    </message>
    <message>
        <source>The signed timestamp is not a number of seconds since 1970.</source>
        <translation>Der signierte Zeitstempel ist keine Anzahl von Sekunden seit 1970.</translation>
    </message>
    <message>
        <source>The delivery carries no message id, which this scheme signs.</source>
        <translation>Die Zustellung enthält keine Nachrichten-ID, die dieses Verfahren jedoch mitsigniert.</translation>
    </message>
    <message>
        <source>The signature matches, but it was made longer ago than the tolerance allows: a replay, or a clock that is wrong here or at the sender.</source>
        <translation>Die Signatur stimmt, wurde aber vor längerer Zeit erstellt, als die Toleranz erlaubt: eine erneut gesendete Zustellung oder eine falsch gehende Uhr hier oder beim Absender.</translation>
    </message>
    <message>
        <source>The signature matches, but it is dated further ahead than the tolerance allows: check the clocks here and at the sender.</source>
        <translation>Die Signatur stimmt, ist aber weiter in die Zukunft datiert, als die Toleranz erlaubt: Prüfen Sie die Uhren hier und beim Absender.</translation>
    </message>
    <message>
        <source>No active secret produces this signature: the secret differs from the sender&apos;s, or the body was changed on the way.</source>
        <translation>Kein aktives Secret ergibt diese Signatur: Das Secret weicht von dem des Absenders ab, oder der Inhalt wurde unterwegs verändert.</translation>
    </message>
    <message>
        <source>The source has no active secret: add one before deliveries can be accepted.</source>
        <translation>Die Quelle hat kein aktives Secret: Fügen Sie eines hinzu, damit Zustellungen angenommen werden können.</translation>
    </message>
    <message>
        <source>The google-risc configuration is not usable: %1.</source>
        <translation>Die google-risc-Konfiguration ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>&quot;audience&quot; must list the OAuth client ids the tokens are for</source>
        <translation>&quot;audience&quot; muss die OAuth-Client-IDs auflisten, für die die Tokens bestimmt sind</translation>
    </message>
    <message>
        <source>&quot;jwks_uri&quot; must be an https:// URL and &quot;issuer&quot; not empty</source>
        <translation>&quot;jwks_uri&quot; muss eine https://-URL sein und &quot;issuer&quot; darf nicht leer sein</translation>
    </message>
    <message>
        <source>The token names a signing key the issuer&apos;s key set does not have (yet): Keyward fetches the keys again, and the sender&apos;s retry will be checked against them.</source>
        <translation>Das Token nennt einen Signaturschlüssel, den der Schlüsselsatz des Ausstellers (noch) nicht enthält: Keyward ruft die Schlüssel erneut ab, und der nächste Versuch des Absenders wird gegen sie geprüft.</translation>
    </message>
    <message>
        <source>The token is signed correctly but comes from another issuer or is meant for another audience than the source is configured for.</source>
        <translation>Das Token ist korrekt signiert, stammt aber von einem anderen Aussteller oder ist für eine andere Zielgruppe bestimmt, als für die Quelle konfiguriert ist.</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::WebhookServer</name>
    <message>
        <source>Cannot listen for webhooks on %1:%2 (%3): choose another address or port.</source>
        <translation>Auf %1:%2 kann nicht auf Webhooks gewartet werden (%3): Wählen Sie eine andere Adresse oder einen anderen Port.</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::WebhookService</name>
    <message>
        <source>Only the generic scheme takes a configuration.</source>
        <translation>Nur das generische Verfahren akzeptiert eine Konfiguration.</translation>
    </message>
    <message>
        <source>A webhook source named &quot;%1&quot; exists already.</source>
        <translation>Es gibt bereits eine Webhook-Quelle namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The overlap must be between 0 seconds and 30 days.</source>
        <translation>Die Übergangszeit muss zwischen 0 Sekunden und 30 Tagen liegen.</translation>
    </message>
    <message>
        <source>This secret is already active for the source.</source>
        <translation>Dieses Secret ist für die Quelle bereits aktiv.</translation>
    </message>
    <message>
        <source>At most %1 deliveries can be replayed at once; narrow the selection.</source>
        <translation>Höchstens %1 Zustellungen können auf einmal erneut verarbeitet werden; verkleinern Sie die Auswahl.</translation>
    </message>
    <message>
        <source>None of these deliveries can be replayed: only verified deliveries are processed (see `webhooks list`).</source>
        <translation>Keine dieser Zustellungen kann erneut verarbeitet werden: Nur verifizierte Zustellungen werden verarbeitet (siehe `webhooks list`).</translation>
    </message>
    <message>
        <source>Its source no longer exists.</source>
        <translation>Ihre Quelle existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Keyward takes no action on &quot;%1&quot; events.</source>
        <translation>Keyward unternimmt bei &quot;%1&quot;-Ereignissen nichts.</translation>
    </message>
    <message>
        <source>Revoked at the provider (%1).</source>
        <translation>Beim Provider widerrufen (%1).</translation>
    </message>
    <message>
        <source>The provider asks for reauthorization (%1).</source>
        <translation>Der Provider verlangt eine erneute Autorisierung (%1).</translation>
    </message>
    <message>
        <source>Connection %1 (%2) was revoked at the provider.</source>
        <translation>Verbindung %1 (%2) wurde beim Provider widerrufen.</translation>
    </message>
    <message>
        <source>Connection %1 (%2) needs reauthorization.</source>
        <translation>Verbindung %1 (%2) muss erneut autorisiert werden.</translation>
    </message>
    <message>
        <source>%1: no connection here matches.</source>
        <translation>%1: Hier passt keine Verbindung.</translation>
    </message>
    <message>
        <source>A google-risc source has no secret: Google signs its tokens with its own keys.</source>
        <translation>Eine google-risc-Quelle hat kein Secret: Google signiert seine Tokens mit eigenen Schlüsseln.</translation>
    </message>
    <message numerus="yes">
        <source>%1: marked %n connection(s) revoked.</source>
        <translation>
            <numerusform>%1: %n Verbindung als widerrufen markiert.</numerusform>
            <numerusform>%1: %n Verbindungen als widerrufen markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n connection(s) need reauthorization.</source>
        <translation>
            <numerusform>%1: %n Verbindung muss erneut autorisiert werden.</numerusform>
            <numerusform>%1: %n Verbindungen müssen erneut autorisiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored webhook receiver settings are unreadable: set them again (Webhooks page, or `keyward-cli webhooks receiver set`).</source>
        <translation>Die gespeicherten Einstellungen des Webhook-Empfängers sind unlesbar: Legen Sie sie neu fest (Seite Webhooks oder `keyward-cli webhooks receiver set`).</translation>
    </message>
</context>
</TS>
