#pragma once

#include <QTest>

/// Binds `var` to the value of a Result, failing the test (with the error's sentence) when there is none.
#define TRY_VALUE(var, expr)                                                                                           \
    auto var##Result = (expr);                                                                                         \
    QVERIFY2(var##Result.ok(), qPrintable(var##Result.ok() ? QString() : var##Result.error().userMessage));            \
    auto &var = var##Result.value()
/// Fails the test with the error's sentence when a Status is an error.
#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto status_ = (expr);                                                                                   \
        QVERIFY2(status_.ok(), qPrintable(status_.ok() ? QString() : status_.error().userMessage));                    \
    } while (false)
/// Fails the test, showing how keyward-cli ended and its standard error, unless `run` (a Test::CliRun) exited with
/// `code`.
#define VERIFY_EXIT(run, code)                                                                                         \
    do {                                                                                                               \
        const auto verifyExitRun_ = (run);                                                                             \
        QVERIFY2(verifyExitRun_.exitCode == (code), verifyExitRun_.describe().constData());                            \
    } while (false)
