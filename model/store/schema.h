#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Gloss::Schema
{

/// One step of the schema: the statements that take a project from version - 1 to version.
struct Migration {
    int version;
    QStringList statements;
};

/// Every migration in order. The last one's version is the current schema version.
/// Never edit a released step: add a new one.
const QList<Migration> &migrations();

} // namespace Gloss::Schema
