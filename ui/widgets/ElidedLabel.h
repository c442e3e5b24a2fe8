// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QWidget>

namespace rapport {

/// One line of text that prefers its whole width and, given less, says it briefly if it can, then ends in "…" (a
/// QLabel cuts it off). Its minimum is the brief text when that is short (a count's number), else a few letters.
/// A heading beside buttons: they give way first (ToolRow), then the heading.
class ElidedLabel : public QWidget
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QString text() const { return m_text; }
    QString brief() const { return m_brief; }
    /// `brief` (optional) says the same in fewer letters: shown when the whole text does not fit, before "…".
    void setText(const QString& text, const QString& brief = {});
    /// What the label shows at its width now.
    QString shownText() const;
    /// Asks for the brief text's width only (the whole text still shows where there is room): beside buttons in
    /// a ToolRow, the text says it briefly before the buttons lose their labels.
    void setPreferBrief(bool prefer);
    /// Where the text stands in a label wider than it (left, by default; a list's count stands right).
    void setAlignment(Qt::Alignment alignment);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    QString m_brief;
    bool m_preferBrief = false;
    Qt::Alignment m_alignment = Qt::AlignLeft;
};

} // namespace rapport
