#pragma once

#include "engine/KeySource.h"
#include "storage/ProfileLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Keyward::Cli {

class Cli;

/// What a command handler gets: the parsed options, its operands, and the chosen profile.
struct Invocation
{
    QCommandLineParser &parser;
    QStringList operands;
    Storage::ProfileLocation location;
    Engine::KeySource keySource = Engine::KeySource::Keychain;
    Engine::SecretStoreFactory secrets;
    bool json = false;
};

struct Command
{
    QStringList words; ///< e.g. {"audit", "verify"}
    QString operands; ///< synopsis of operands, e.g. "FILE"
    int operandCount = 0; ///< -1: one or more
    QString summary; ///< one line, translated
    QStringList options; ///< names of the command's own options
    std::function<int(Invocation &)> handler;
};

/// keyward-cli: subcommands, their options and help, exit codes. Output goes to stdout, errors to stderr as one
/// sentence each.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Cli::Cli)

public:
    Cli();
    int run(const QStringList &arguments);

private:
    void printUsage() const;
    void printCommandHelp(const Command &command) const;
    const Command *find(const QStringList &positional, int *consumed) const;

    QList<Command> m_commands;
    QList<QCommandLineOption> m_options;
};

} // namespace Keyward::Cli
