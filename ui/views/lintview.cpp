// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/lintview.h"

#include "core/dockerfile/lint.h"
#include "core/dockerfile/parser.h"
#include "core/util/atomicfile.h"
#include "ui/models/findingtreemodel.h"
#include "ui/style.h"
#include "ui/views/findingdetail.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace bulkhead::ui {

namespace {
constexpr qint64 kMaxEditorBytes = 4 << 20; // a Dockerfile is a few KiB; refuse to load a 1 GB "Dockerfile"

class Gutter final : public QWidget
{
public:
    explicit Gutter(DockerfileEditor* editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintGutter(event); }

private:
    DockerfileEditor* m_editor;
};
} // namespace

// Lints on its own thread; results carry the generation they were asked for, so a stale lint never wins.
class LintWorker final : public QObject
{
public:
    std::function<void(quint64, model::Findings)> deliver;

    void lint(quint64 generation, const QByteArray& text, const QString& path, const QString& contextDir)
    {
        const dockerfile::ParsedDockerfile df = dockerfile::parseDockerfile(text, path);
        dockerfile::LintConfig config;
        if (!contextDir.isEmpty()) {
            if (auto yaml = util::readFileCapped(QDir(contextDir).filePath(QStringLiteral(".hadolint.yaml")), 1 << 20))
                config = dockerfile::parseHadolintConfig(yaml.value());
        }
        model::Findings findings;
        if (!contextDir.isEmpty()) {
            const dockerfile::BuildContext ctx = dockerfile::readBuildContext(contextDir);
            findings = dockerfile::lintDockerfile(df, config, &ctx);
        } else {
            findings = dockerfile::lintDockerfile(df, config);
        }
        deliver(generation, std::move(findings));
    }
};

// ---------------------------------------------------------------- editor

DockerfileEditor::DockerfileEditor(QWidget* parent) : QPlainTextEdit(parent), m_gutter(new Gutter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setAccessibleName(tr("Dockerfile editor"));
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int DockerfileEditor::gutterWidth() const
{
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 16 + fontMetrics().horizontalAdvance(u'9') * std::max(3, digits);
}

void DockerfileEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void DockerfileEditor::paintGutter(QPaintEvent* event)
{
    QPainter p(m_gutter);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const auto mark = m_marks.constFind(line);
            if (mark != m_marks.cend())
                p.fillRect(0, top, 5, bottom - top, severityColor(*mark));
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight, QString::number(line));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void DockerfileEditor::setMarks(const QHash<int, model::Severity>& marks)
{
    m_marks = marks;
    updateSelections();
    m_gutter->update();
}

void DockerfileEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        const QTextBlock block = document()->findBlockByNumber(it.key() - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection sel;
        QColor bg = severityColor(it.value());
        bg.setAlpha(isDarkPalette() ? 90 : 55);
        sel.format.setBackground(bg);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel.format.setToolTip(model::severityLabel(it.value()));
        sel.cursor = QTextCursor(block);
        selections << sel;
    }
    setExtraSelections(selections);
}

// ---------------------------------------------------------------- view

LintView::LintView(QWidget* parent) : QWidget(parent), m_findings(new FindingTreeModel(this)), m_worker(new LintWorker)
{
    setAcceptDrops(true);
    m_findings->setGrouped(false);
    m_title = new QLabel(tr("Open a Dockerfile or a build-context folder (File menu), drop one here, or type."), this);
    m_title->setWordWrap(true);
    m_editor = new DockerfileEditor(this);
    m_editor->setAcceptDrops(false); // drops go to the view: they open files, not paste paths
    m_list = new QTreeView(this);
    m_list->setModel(m_findings);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Dockerfile findings"));
    m_list->header()->setSectionResizeMode(FindingTreeModel::Detail, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_detail = new FindingDetail(this);

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_list);
    bottom->addWidget(m_detail);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_editor);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &LintView::requestLint);
    connect(m_editor, &QPlainTextEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& i) {
        const model::Finding* f = m_findings->finding(i);
        m_detail->showFinding(f);
        if (f && f->location.line > 0) {
            const QTextBlock block = m_editor->document()->findBlockByNumber(f->location.line - 1);
            if (block.isValid()) {
                m_editor->setTextCursor(QTextCursor(block));
                m_editor->centerCursor();
            }
        }
    });
    connect(m_list, &QTreeView::activated, this, [this] { m_editor->setFocus(); });

    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    QPointer<LintView> self = this;
    m_worker->deliver = [self](quint64 generation, model::Findings findings) {
        QMetaObject::invokeMethod(
            self, [self, generation, f = std::move(findings)] { self->onLinted(generation, f); }, Qt::QueuedConnection);
    };
    m_thread.setObjectName(QStringLiteral("bulkhead-lint"));
    m_thread.start();
}

LintView::~LintView()
{
    m_thread.quit();
    m_thread.wait();
}

bool LintView::openPath(const QString& path)
{
    QFileInfo info(path);
    QString file = path;
    if (info.isDir()) {
        const QDir dir(path);
        const QStringList candidates = dir.entryList({QStringLiteral("Dockerfile"),
                                                      QStringLiteral("*.Dockerfile"),
                                                      QStringLiteral("Dockerfile.*"),
                                                      QStringLiteral("Containerfile")},
                                                     QDir::Files);
        if (candidates.isEmpty()) {
            emit message(tr("No Dockerfile in %1.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        file = dir.filePath(candidates.contains(QStringLiteral("Dockerfile")) ? QStringLiteral("Dockerfile")
                                                                              : candidates.first());
        m_contextDir = dir.absolutePath();
    } else {
        m_contextDir.clear(); // a lone file: context rules would guess at a folder the user did not pick
    }
    auto bytes = util::readFileCapped(file, kMaxEditorBytes);
    if (!bytes) {
        emit message(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(file), bytes.error().text()));
        return false;
    }
    m_path = QFileInfo(file).absoluteFilePath();
    m_title->setText(m_contextDir.isEmpty()
                         ? QDir::toNativeSeparators(m_path)
                         : tr("%1 (build context %2)")
                               .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(m_contextDir)));
    m_editor->setPlainText(QString::fromUtf8(bytes.value()));
    m_debounce.stop();
    requestLint();
    return true;
}

void LintView::setText(const QString& text)
{
    m_editor->setPlainText(text);
    m_debounce.stop();
    requestLint();
}

void LintView::requestLint()
{
    const quint64 generation = ++m_generation;
    const QByteArray text = m_editor->toPlainText().toUtf8();
    const QString path = m_path.isEmpty() ? QStringLiteral("Dockerfile") : m_path;
    const QString context = m_contextDir;
    LintWorker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w, generation, text, path, context] { w->lint(generation, text, path, context); }, Qt::QueuedConnection);
}

void LintView::onLinted(quint64 generation, const model::Findings& findings)
{
    if (generation != m_generation)
        return; // the text changed again since; a newer result is on its way
    QHash<int, model::Severity> marks;
    for (const auto& f : findings) {
        if (f.location.line <= 0 || f.suppressed)
            continue;
        // Findings about other files of the context (.dockerignore, secret files) have no line in this editor.
        if (!f.location.file.isEmpty() &&
            QFileInfo(f.location.file).fileName() !=
                QFileInfo(m_path.isEmpty() ? QStringLiteral("Dockerfile") : m_path).fileName())
            continue;
        auto it = marks.find(f.location.line);
        if (it == marks.end())
            marks.insert(f.location.line, f.severity);
        else
            *it = std::max(*it, f.severity);
    }
    m_editor->setMarks(marks);
    m_findings->setFindings(findings);
    m_list->resizeColumnToContents(FindingTreeModel::Title);
    m_list->resizeColumnToContents(FindingTreeModel::Rule);
    emit linted(int(findings.size()));
}

QList<int> LintView::markedLines() const
{
    QList<int> lines = m_editor->marks().keys();
    std::sort(lines.begin(), lines.end());
    return lines;
}

void LintView::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void LintView::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() && openPath(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

} // namespace bulkhead::ui
