#include "qml/documents/pdf_document.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace rtw::app {

namespace {

constexpr int kDpi = 300;
double mm(double v) {
    return v / 25.4 * kDpi;
}

enum FontId { Body, Bold, Heading1, Heading2, Small, ServiceName, FontCount };

QFont makeFont(FontId id) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    switch (id) {
        case Body:
            f.setPointSizeF(10);
            break;
        case Bold:
            f.setPointSizeF(10);
            f.setBold(true);
            break;
        case Heading1:
            f.setPointSizeF(16);
            f.setBold(true);
            break;
        case Heading2:
            f.setPointSizeF(12);
            f.setBold(true);
            break;
        case Small:
            f.setPointSizeF(8);
            break;
        case ServiceName:
            f.setPointSizeF(14);
            f.setBold(true);
            break;
        case FontCount:
            break;
    }
    return f;
}

struct Line {
    QString text;
    double height = 0;
    double ascent = 0;
};

/// A piece of text at a place on a page.
struct Run {
    int page;
    QPointF baseline;
    QString text;
    FontId font;
};
/// A filled rectangle (rules under headings and table rows, notice bars).
struct Box {
    int page;
    QRectF rect;
    bool grey;
};

}  // namespace

/// Places the blocks of a PdfDocument onto pages (runs of text and boxes)
/// so the page count is known before painting "Page n of N".
class PdfLayout {
public:
    PdfLayout(const PdfDocument& doc, QPaintDevice* device, QSizeF page)
        : doc_(doc), device_(device), size_(page) {
        for (int i = 0; i < FontCount; ++i) fonts_[i] = makeFont(FontId(i));
        left_ = mm(20);
        width_ = size_.width() - 2 * left_;
        top_ = mm(18);
        bottom_ = size_.height() - mm(22);
        y_ = top_;
    }

    void layOut() {
        letterhead();
        place(wrap(doc_.title_, Heading1, width_), Heading1, left_);
        y_ += mm(3);
        for (const auto& b : doc_.blocks_) block(b);
    }
    void paint(QPainter& p, QPdfWriter& writer) const {
        const int pages = pageCount();
        std::size_t r = 0, b = 0;
        for (int page = 0; page < pages; ++page) {
            if (page > 0) writer.newPage();
            for (; b < boxes_.size() && boxes_[b].page == page; ++b)
                p.fillRect(boxes_[b].rect, boxes_[b].grey ? QColor(0xcc, 0xcc, 0xcc) : Qt::black);
            for (; r < runs_.size() && runs_[r].page == page; ++r) {
                p.setFont(fonts_[runs_[r].font]);
                p.setPen(Qt::black);
                p.drawText(runs_[r].baseline, runs_[r].text);
            }
            footer(p, page, pages);
        }
    }
    int pageCount() const { return page_ + 1; }

private:
    using Lines = std::vector<Line>;

    Lines wrap(const QString& text, FontId font, double width) const {
        Lines out;
        const QFontMetricsF fm(fonts_[font], device_);
        for (const QString& para : text.split(QLatin1Char('\n'))) {
            if (para.trimmed().isEmpty()) {
                out.push_back({QString(), fm.height(), fm.ascent()});
                continue;
            }
            QTextLayout layout(para, fonts_[font], device_);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                out.push_back({para.mid(line.textStart(), line.textLength()).trimmed(),
                               line.height(), line.ascent()});
            }
            layout.endLayout();
        }
        return out;
    }
    double height(const Lines& lines) const {
        double h = 0;
        for (const auto& l : lines) h += l.height;
        return h;
    }
    void newPage() {
        ++page_;
        y_ = top_;
    }
    /// Starts a new page unless `h` fits below (or the page is still empty).
    void ensure(double h) {
        if (y_ + h > bottom_ && y_ > top_) newPage();
    }
    void place(const Lines& lines, FontId font, double x) {
        for (const auto& l : lines) {
            ensure(l.height);
            if (!l.text.isEmpty()) runs_.push_back({page_, {x, y_ + l.ascent}, l.text, font});
            y_ += l.height;
        }
    }
    void rule(double thickness, bool grey) {
        boxes_.push_back({page_, QRectF(left_, y_, width_, thickness), grey});
    }
    void letterhead() {
        const Letterhead& h = doc_.letterhead_;
        if (h.serviceName.isEmpty()) return;
        place(wrap(h.serviceName, ServiceName, width_), ServiceName, left_);
        for (const QString& line : h.addressLines) place(wrap(line, Body, width_), Body, left_);
        QStringList contact;
        if (!h.phone.isEmpty()) contact << QStringLiteral("Phone: ") + h.phone;
        if (!h.email.isEmpty()) contact << QStringLiteral("Email: ") + h.email;
        if (!contact.isEmpty())
            place(wrap(contact.join(QStringLiteral("   ")), Body, width_), Body, left_);
        y_ += mm(2);
        rule(mm(0.4), false);
        y_ += mm(5);
    }
    void footer(QPainter& p, int page, int pages) const {
        const double y = size_.height() - mm(12);
        p.setFont(fonts_[Small]);
        p.setPen(Qt::black);
        const QString pageText = QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages);
        const QFontMetricsF fm(fonts_[Small], device_);
        p.drawText(QPointF(left_ + width_ - fm.horizontalAdvance(pageText), y), pageText);
        if (!doc_.footerNote_.isEmpty()) {
            const QString note = fm.elidedText(doc_.footerNote_, Qt::ElideRight,
                                               width_ - fm.horizontalAdvance(pageText) - mm(5));
            p.drawText(QPointF(left_, y), note);
        }
    }
    /// One row of cells, line by line, breaking pages between lines and
    /// repeating `header` (when given) at the top of a new page.
    void row(const std::vector<Lines>& cells, const std::vector<double>& xs, FontId font,
             const std::vector<Lines>* header) {
        std::size_t n = 0;
        for (const auto& c : cells) n = std::max(n, c.size());
        const QFontMetricsF fm(fonts_[font], device_);
        for (std::size_t i = 0; i < n; ++i) {
            double h = fm.height(), ascent = fm.ascent();
            for (const auto& c : cells)
                if (i < c.size())
                    h = std::max(h, c[i].height), ascent = std::max(ascent, c[i].ascent);
            if (y_ + h > bottom_ && y_ > top_) {
                newPage();
                if (header) row(*header, xs, Bold, nullptr);
            }
            for (std::size_t k = 0; k < cells.size(); ++k)
                if (i < cells[k].size() && !cells[k][i].text.isEmpty())
                    runs_.push_back({page_, {xs[k], y_ + ascent}, cells[k][i].text, font});
            y_ += h;
        }
        y_ += mm(1);
        rule(mm(0.15), header == nullptr);
        y_ += mm(1.2);
    }
    void table(const PdfDocument::Block& b) {
        const int columns = int(b.headers.size());
        if (columns == 0) return;
        QList<double> weights =
            b.weights.size() == columns ? b.weights : QList<double>(columns, 1.0);
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        const double gap = mm(3);
        std::vector<double> xs, widths;
        double x = left_;
        for (double w : weights) {
            const double cell = width_ * w / total;
            xs.push_back(x);
            widths.push_back(cell - gap);
            x += cell;
        }
        auto cellsOf = [&](const QStringList& texts, FontId font) {
            std::vector<Lines> cells;
            for (int k = 0; k < columns; ++k)
                cells.push_back(wrap(k < texts.size() ? texts[k] : QString(), font, widths[k]));
            return cells;
        };
        const auto header = cellsOf(b.headers, Bold);
        const QFontMetricsF fm(fonts_[Body], device_);
        ensure(height(header.front()) + 3 * fm.height());
        row(header, xs, Bold, nullptr);
        for (const auto& r : b.rows) row(cellsOf(r, Body), xs, Body, &header);
        y_ += mm(2);
    }
    void block(const PdfDocument::Block& b) {
        const QFontMetricsF body(fonts_[Body], device_);
        switch (b.kind) {
            case PdfDocument::Kind::Heading: {
                y_ += mm(3);
                const Lines lines = wrap(b.text, Heading2, width_);
                ensure(height(lines) + mm(2) + 3 * body.height());  // keep with what follows
                place(lines, Heading2, left_);
                y_ += mm(1);
                rule(mm(0.2), true);
                y_ += mm(2);
                break;
            }
            case PdfDocument::Kind::Subheading: {
                y_ += mm(1.5);
                const Lines lines = wrap(b.text, Bold, width_);
                ensure(height(lines) + 2 * body.height());
                place(lines, Bold, left_);
                y_ += mm(0.8);
                break;
            }
            case PdfDocument::Kind::Paragraph:
                place(wrap(b.text, Body, width_), Body, left_);
                y_ += mm(2);
                break;
            case PdfDocument::Kind::Notice: {
                const Lines lines = wrap(b.text, Bold, width_ - mm(4));
                ensure(height(lines));
                const double start = y_;
                const int page = page_;
                place(lines, Bold, left_ + mm(4));
                if (page == page_)
                    boxes_.push_back({page, QRectF(left_, start, mm(1.2), y_ - start), false});
                y_ += mm(2.5);
                break;
            }
            case PdfDocument::Kind::Bullet:
                ensure(body.height());
                runs_.push_back(
                    {page_, {left_ + mm(1), y_ + body.ascent()}, QStringLiteral("•"), Body});
                place(wrap(b.text, Body, width_ - mm(5)), Body, left_ + mm(5));
                y_ += mm(1);
                break;
            case PdfDocument::Kind::Fact: {
                const double labelWidth = width_ * 0.34;
                const std::vector<Lines> cells = {wrap(b.label, Bold, labelWidth - mm(3)),
                                                  wrap(b.text, Body, width_ - labelWidth)};
                const std::vector<double> xs = {left_, left_ + labelWidth};
                std::size_t n = std::max(cells[0].size(), cells[1].size());
                for (std::size_t i = 0; i < n; ++i) {
                    double h = body.height(), ascent = body.ascent();
                    for (const auto& c : cells)
                        if (i < c.size())
                            h = std::max(h, c[i].height), ascent = std::max(ascent, c[i].ascent);
                    ensure(h);
                    for (std::size_t k = 0; k < 2; ++k)
                        if (i < cells[k].size() && !cells[k][i].text.isEmpty())
                            runs_.push_back(
                                {page_, {xs[k], y_ + ascent}, cells[k][i].text, k ? Body : Bold});
                    y_ += h;
                }
                y_ += mm(1);
                break;
            }
            case PdfDocument::Kind::Table:
                table(b);
                break;
            case PdfDocument::Kind::Spacer:
                y_ += body.height() * 0.6;
                break;
        }
    }

    const PdfDocument& doc_;
    QPaintDevice* device_;
    QSizeF size_;
    QFont fonts_[FontCount];
    double left_ = 0, width_ = 0, top_ = 0, bottom_ = 0, y_ = 0;
    int page_ = 0;
    std::vector<Run> runs_;
    std::vector<Box> boxes_;
};

PdfDocument::PdfDocument(QString title) : title_(std::move(title)) {}

void PdfDocument::heading(const QString& text) {
    blocks_.push_back({Kind::Heading, text, {}, {}, {}, {}});
}
void PdfDocument::subheading(const QString& text) {
    blocks_.push_back({Kind::Subheading, text, {}, {}, {}, {}});
}
void PdfDocument::paragraph(const QString& text) {
    blocks_.push_back({Kind::Paragraph, text, {}, {}, {}, {}});
}
void PdfDocument::notice(const QString& text) {
    blocks_.push_back({Kind::Notice, text, {}, {}, {}, {}});
}
void PdfDocument::bullet(const QString& text) {
    blocks_.push_back({Kind::Bullet, text, {}, {}, {}, {}});
}
void PdfDocument::fact(const QString& label, const QString& value) {
    blocks_.push_back({Kind::Fact, value, label, {}, {}, {}});
}
void PdfDocument::table(const QStringList& headers, const QList<QStringList>& rows,
                        const QList<double>& weights) {
    blocks_.push_back({Kind::Table, {}, {}, headers, rows, weights});
}
void PdfDocument::spacer() {
    blocks_.push_back({Kind::Spacer, {}, {}, {}, {}, {}});
}

QByteArray PdfDocument::render() const {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(title_);
    writer.setCreator(QStringLiteral("Return to work (rtw-app)"));
    PdfLayout layout(*this, &writer, QSizeF(writer.width(), writer.height()));
    layout.layOut();
    QPainter painter(&writer);
    layout.paint(painter, writer);
    painter.end();
    return bytes;
}

}  // namespace rtw::app
