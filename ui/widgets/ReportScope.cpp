// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ReportScope.h"

#include "Workspace.h"
#include "storage/RecordStore.h"
#include "views/PipelineBoard.h"

#include <QComboBox>

namespace rapport {

ReportScope::ReportScope(Workspace& workspace, QWidget* parent)
    : QObject(parent)
    , m_owner(new QComboBox(parent))
    , m_team(new QComboBox(parent))
{
    m_owner->setObjectName(QStringLiteral("reportOwner"));
    m_owner->addItem(tr("Everyone"), QString());
    m_team->setObjectName(QStringLiteral("reportTeam"));
    m_team->addItem(tr("All teams"), QString());
    addPeopleAndTeams(workspace, m_owner, m_team);
    if (workspace.currentUserIsManager())
        m_team->setCurrentIndex(std::max(0, m_team->findData(workspace.store().currentUserTeam())));
    for (QComboBox* combo : {m_owner, m_team})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            Q_EMIT changed();
            Q_EMIT chosen(owner(), teamId());
        });
}

QString ReportScope::owner() const
{
    return m_owner->currentData().toString();
}

QString ReportScope::teamId() const
{
    return m_team->currentData().toString();
}

bool ReportScope::set(const QString& owner, const QString& teamId)
{
    const int person = m_owner->findData(owner), team = m_team->findData(teamId);
    if ((person < 0 || person == m_owner->currentIndex()) && (team < 0 || team == m_team->currentIndex()))
        return false;
    {
        const QSignalBlocker quietOwner(m_owner), quietTeam(m_team);
        if (person >= 0)
            m_owner->setCurrentIndex(person);
        if (team >= 0)
            m_team->setCurrentIndex(team);
    }
    Q_EMIT changed();
    return true;
}

QStringList ReportScope::described() const
{
    return {m_owner->currentText(), m_team->currentText()};
}

} // namespace rapport
