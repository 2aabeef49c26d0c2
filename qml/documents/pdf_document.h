#pragma once
// PdfDocument: a printable document (the RTW plan for the client, the GP
// feedback letter) as a list of blocks — headings, paragraphs, facts,
// bullets, tables — laid out onto A4 pages with the service's letterhead on
// the first page and "Page n of N" on every page. Building it is cheap and
// pure; render() does the layout and painting (QPdfWriter) and may run on a
// worker thread, so the UI never waits for it.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace rtw::app {

/// The service's name and address at the top of the first page.
struct Letterhead {
    QString serviceName;
    QStringList addressLines;
    QString phone;
    QString email;
};

class PdfDocument {
public:
    /// `title` is the document's metadata title and its first heading.
    explicit PdfDocument(QString title);

    void setLetterhead(Letterhead letterhead) { letterhead_ = std::move(letterhead); }
    /// A line at the foot of every page (e.g. "Confidential").
    void setFooterNote(QString note) { footerNote_ = std::move(note); }
    const QString& title() const { return title_; }

    void heading(const QString& text);
    void subheading(const QString& text);
    void paragraph(const QString& text);
    /// A paragraph in bold with a bar beside it, for what must not be missed.
    void notice(const QString& text);
    void bullet(const QString& text);
    /// "Label   value" in two columns.
    void fact(const QString& label, const QString& value);
    /// A table with a header row, repeated on each page it spans. `weights`
    /// share the width between columns (equal when empty).
    void table(const QStringList& headers, const QList<QStringList>& rows,
               const QList<double>& weights = {});
    void spacer();

    /// The PDF: A4, 20 mm margins, text embedded and searchable.
    QByteArray render() const;

private:
    enum class Kind { Heading, Subheading, Paragraph, Notice, Bullet, Fact, Table, Spacer };
    struct Block {
        Kind kind;
        QString text;
        QString label;
        QStringList headers;
        QList<QStringList> rows;
        QList<double> weights;
    };

    QString title_;
    Letterhead letterhead_;
    QString footerNote_;
    std::vector<Block> blocks_;

    friend class PdfLayout;
};

}  // namespace rtw::app
