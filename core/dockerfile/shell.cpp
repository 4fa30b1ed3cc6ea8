// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dockerfile/shell.h"

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <memory>
#include <type_traits>

// QString literals: comparing with u"..."_s checks the length first and needs no strlen.
using namespace Qt::StringLiterals;

namespace bulkhead::dockerfile {

namespace {

// Character classes of ASCII, one table look-up per character instead of a chain of comparisons.
enum CharClass : unsigned char
{
    kBlank = 1,       // space, tab, CR, VT, FF
    kWordEnd = 2,     // ends a word: blanks, newline, ; & | ( ) > <
    kWordSpecial = 4, // ends a run of plain characters: the above plus \ ' " $ `
    kNameStart = 8,   // starts a variable name: ASCII letters and _
    kName = 16,       // continues one: ASCII letters, digits and _
};

constexpr std::array<unsigned char, 128> makeClasses()
{
    std::array<unsigned char, 128> t{};
    for (char c : {' ', '\t', '\r', '\v', '\f'}) {
        t[size_t(c)] |= kBlank | kWordEnd | kWordSpecial;
    }
    for (char c : {'\n', ';', '&', '|', '(', ')', '>', '<'}) {
        t[size_t(c)] |= kWordEnd | kWordSpecial;
    }
    for (char c : {'\\', '\'', '"', '$', '`'}) {
        t[size_t(c)] |= kWordSpecial;
    }
    for (int c = 0; c < 128; ++c) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_') {
            t[size_t(c)] |= kNameStart | kName;
        } else if (c >= '0' && c <= '9') {
            t[size_t(c)] |= kName;
        }
    }
    return t;
}

constexpr std::array<unsigned char, 128> kClasses = makeClasses();

bool hasClass(QChar c, CharClass k)
{
    return c.unicode() < 128 && (kClasses[c.unicode()] & k) != 0;
}

bool isBlank(QChar c)
{
    return hasClass(c, kBlank);
}

// Equality inlined: QStringView's operator== calls out of the library even when the sizes differ, and the
// splitter compares every command's first words with a dozen keywords.
bool same(QStringView a, QStringView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) {
            return false;
        }
    }
    return true;
}

// The part after the last '/'.
QStringView baseName(QStringView w)
{
    qsizetype i = w.size();
    while (i > 0 && w[i - 1] != u'/') {
        --i;
    }
    return w.sliced(i);
}

// `|` and `|&` feed the next command's stdin.
bool isPipe(QStringView op)
{
    return !op.isEmpty() && op[0] == u'|' && (op.size() == 1 || op[1] == u'&');
}

bool isAssignment(QStringView w)
{
    // Letters beyond ASCII count too (QChar's classification), as they always did here.
    const auto nameStart = [](QChar c) { return c.unicode() < 128 ? hasClass(c, kNameStart) : c.isLetter(); };
    const auto name = [](QChar c) { return c.unicode() < 128 ? hasClass(c, kName) : c.isLetterOrNumber(); };
    if (w.isEmpty() || !nameStart(w[0])) {
        return false;
    }
    for (qsizetype i = 1; i < w.size(); ++i) {
        if (w[i] == u'=') {
            return true;
        }
        if (!name(w[i])) {
            return false;
        }
    }
    return false;
}

// A small fixed set of words, with the lengths that occur in it as a bit mask: most words are ruled out by their
// length alone.
template<size_t N> struct WordSet
{
    QStringView words[N];
    unsigned lengths = 0;

    template<typename... W> constexpr explicit WordSet(const W&... w) : words{w...}
    {
        for (QStringView x : words) {
            lengths |= 1u << x.size();
        }
    }
    bool contains(QStringView w) const
    {
        if (w.size() >= 32 || (lengths & (1u << w.size())) == 0) {
            return false;
        }
        for (QStringView k : words) {
            if (same(w, k)) {
                return true;
            }
        }
        return false;
    }
};
template<typename... W> WordSet(const W&...) -> WordSet<sizeof...(W)>;

// Characters that end an unquoted word or start something readWord() handles on its own.
bool isWordSpecial(QChar c)
{
    return hasClass(c, kWordSpecial);
}

struct Word
{
    QStringView text; // a slice of the script or of the script's unquoted buffer
    qsizetype offset = 0;
};

// A command while the script is split: where its views lie in the scratch vectors (spans are made once the
// vectors stop growing and are copied into the script's storage).
struct PendingCommand
{
    size_t assignments = 0; // index into Scratch::views
    size_t assignmentCount = 0;
    size_t wrappers = 0;
    size_t wrapperCount = 0;
    size_t words = 0;
    size_t wordCount = 0;
    size_t offsets = 0; // index into Scratch::offsets
    QStringView separatorBefore;
    QStringView program;
    bool pipedFrom = false;
    bool pipedTo = false;
};

// A block of unquoted text.
struct Chunk
{
    std::unique_ptr<char16_t[]> data;
    qsizetype cap = 0;
    qsizetype used = 0;
};

// Working memory of one thread's splits. It keeps its capacity from script to script; a script gets one block of
// the exact size at the end (no growing vectors per script).
struct Scratch
{
    std::vector<Word> current; // the words of the command being read
    std::vector<QStringView> wrappers;
    std::vector<QStringView> views;
    std::vector<qsizetype> offsets;
    std::vector<PendingCommand> commands;
    std::vector<Chunk> chunks; // unquoted words; chunks[0] is kept between scripts

    void clear()
    {
        current.clear();
        wrappers.clear();
        views.clear();
        offsets.clear();
        commands.clear();
        chunks.resize(std::min<size_t>(chunks.size(), 1));
        for (Chunk& c : chunks) {
            c.used = 0;
        }
    }
    // After a huge script, give the memory back instead of keeping it for the thread's life.
    void trim()
    {
        constexpr size_t kKeep = 1 << 14;
        if (views.capacity() > kKeep || current.capacity() > kKeep || commands.capacity() > kKeep ||
            (!chunks.empty() && chunks[0].cap > qsizetype(kKeep) * 4)) {
            *this = Scratch();
        }
    }
};

} // namespace

class ShellSplitter
{
public:
    explicit ShellSplitter(QString text) : m_w(scratch())
    {
        m_out.m_text = std::move(text);
        m_s = m_out.m_text;
        m_w.clear();
    }
    ~ShellSplitter() { m_w.trim(); }
    ShellSplitter(const ShellSplitter&) = delete;
    ShellSplitter& operator=(const ShellSplitter&) = delete;

    ShellScript run()
    {
        QStringView sep; // a slice of the script, so separators cost no allocation
        qsizetype i = 0;
        const qsizetype n = m_s.size();
        while (i < n) {
            const QChar c = m_s[i];
            if (isBlank(c)) {
                ++i;
                continue;
            }
            if (c == u'\\' && i + 1 < n && m_s[i + 1] == u'\n') {
                i += 2; // line continuation
                continue;
            }
            if (c == u'#') {
                while (i < n && m_s[i] != u'\n') {
                    ++i;
                }
                continue;
            }
            if (c == u'\n' || c == u';' || c == u'&' || c == u'|' || c == u'(' || c == u')') {
                QStringView op = m_s.sliced(i, 1);
                if (i + 1 < n) {
                    const QChar d = m_s[i + 1];
                    if ((c == u'&' && d == u'&') || (c == u'|' && (d == u'|' || d == u'&')) ||
                        (c == u';' && d == u';')) {
                        op = m_s.sliced(i, 2); // && || ;; |&
                    }
                }
                if (c == u'&' && i + 1 < n && m_s[i + 1] == u'>') {
                    // &> file: a redirection
                    i += 2;
                    skipRedirectTarget(i);
                    continue;
                }
                i += op.size();
                finish(sep, op);
                sep = op;
                continue;
            }
            if ((c == u'>' || c == u'<') ||
                (c.isDigit() && i + 1 < n && (m_s[i + 1] == u'>' || m_s[i + 1] == u'<') && m_w.current.empty())) {
                // Redirection: skip the operator and its target word.
                if (c.isDigit()) {
                    ++i;
                }
                const bool heredoc = i + 1 < n && m_s[i] == u'<' && m_s[i + 1] == u'<';
                while (i < n && (m_s[i] == u'>' || m_s[i] == u'<' || m_s[i] == u'&' || m_s[i] == u'|' ||
                                 (heredoc && m_s[i] == u'-'))) {
                    ++i;
                }
                skipRedirectTarget(i);
                continue;
            }
            const qsizetype before = i;
            const Word w = readWord(i);
            if (i == before) {
                ++i; // cannot happen with the separators above, but never spin
                continue;
            }
            // `2>` right after a word that is only digits was handled above only at command start; handle `cmd 2>x`.
            if (i < n && (m_s[i] == u'>' || m_s[i] == u'<') && !w.text.isEmpty() &&
                std::all_of(w.text.begin(), w.text.end(), [](QChar ch) { return ch.isDigit(); })) {
                continue; // the fd number of a redirection; the operator is handled next round
            }
            m_w.current.push_back(w);
        }
        finish(sep, {});

        store();
        return std::move(m_out);
    }

private:
    // Copies the commands, their views and offsets, and the unquoted text into one block the script owns, pointing
    // the views that were into the scratch chunks at the copy.
    void store()
    {
        static_assert(std::is_trivially_copyable_v<ShellCommand> && std::is_trivially_destructible_v<ShellCommand>);
        const size_t commandCount = m_w.commands.size();
        if (commandCount == 0) {
            return; // the views of skipped commands are not kept either
        }
        if (m_buf) {
            m_w.chunks[size_t(m_chunk)].used = m_used;
        }
        qsizetype unquoted = 0;
        for (size_t k = 0; m_buf && k <= size_t(m_chunk); ++k) {
            unquoted += m_w.chunks[k].used;
        }
        const size_t viewCount = m_w.views.size();
        const size_t offsetCount = m_w.offsets.size();
        const size_t bytes = commandCount * sizeof(ShellCommand) + viewCount * sizeof(QStringView) +
                             offsetCount * sizeof(qsizetype) + size_t(unquoted) * sizeof(char16_t);
        m_out.m_storage = std::make_unique_for_overwrite<std::byte[]>(bytes);
        std::byte* p = m_out.m_storage.get();
        auto* commands = reinterpret_cast<ShellCommand*>(p);
        p += commandCount * sizeof(ShellCommand);
        auto* views = reinterpret_cast<QStringView*>(p);
        p += viewCount * sizeof(QStringView);
        auto* offsets = reinterpret_cast<qsizetype*>(p);
        p += offsetCount * sizeof(qsizetype);
        auto* text = reinterpret_cast<char16_t*>(p);

        struct Moved
        {
            const char16_t* from;
            qsizetype size;
            char16_t* to;
        };
        QVarLengthArray<Moved, 2> moved;
        for (size_t k = 0; m_buf && k <= size_t(m_chunk); ++k) {
            const Chunk& c = m_w.chunks[k];
            std::copy_n(c.data.get(), c.used, text);
            moved.append({c.data.get(), c.used, text});
            text += c.used;
        }
        const auto rebase = [&moved](QStringView v) {
            const std::less_equal<const char16_t*> le;
            const std::less<const char16_t*> lt;
            for (const Moved& m : moved) {
                const char16_t* at = v.utf16();
                if (le(m.from, at) && (v.isEmpty() ? le(at, m.from + m.size) : lt(at, m.from + m.size))) {
                    return QStringView(m.to + (at - m.from), v.size());
                }
            }
            return v;
        };
        for (size_t k = 0; k < viewCount; ++k) {
            std::construct_at(views + k, rebase(m_w.views[k]));
        }
        std::copy_n(m_w.offsets.data(), offsetCount, offsets);
        for (size_t k = 0; k < commandCount; ++k) {
            const PendingCommand& pc = m_w.commands[k];
            ShellCommand* cmd = std::construct_at(commands + k);
            cmd->assignments = {views + pc.assignments, pc.assignmentCount};
            cmd->wrappers = {views + pc.wrappers, pc.wrapperCount};
            cmd->words = {views + pc.words, pc.wordCount};
            cmd->offsets = {offsets + pc.offsets, pc.wordCount};
            cmd->pipedFrom = pc.pipedFrom;
            cmd->pipedTo = pc.pipedTo;
            cmd->separatorBefore = pc.separatorBefore;
            cmd->program = rebase(pc.program);
        }
        m_out.commands = {commands, commandCount};
    }

    static Scratch& scratch()
    {
        thread_local Scratch s;
        return s;
    }

    void skipRedirectTarget(qsizetype& i)
    {
        while (i < m_s.size() && isBlank(m_s[i])) {
            ++i;
        }
        if (i < m_s.size() && m_s[i] != u'\n' && m_s[i] != u';' && m_s[i] != u'&' && m_s[i] != u'|') {
            readWord(i);
        }
    }

    // A word while it is read: one slice of the script for as long as its pieces are adjacent there (most words:
    // plain text, or the inside of one pair of quotes), else a run at the end of the unquoted buffer.
    struct Building
    {
        qsizetype from = 0; // the slice m_s[from, to) while !buffered
        qsizetype to = 0;
        bool buffered = false;
        qsizetype bufFrom = 0; // the run m_buf[bufFrom, m_used) once buffered
    };

    // Adds the script's characters [pos, pos + len) to the word.
    void add(Building& b, qsizetype pos, qsizetype len)
    {
        if (len <= 0) {
            return;
        }
        if (!b.buffered) {
            if (b.from == b.to) {
                b.from = pos;
                b.to = pos + len;
                return;
            }
            if (pos == b.to) {
                b.to += len;
                return;
            }
            // Not adjacent: the word so far moves into the buffer.
            const qsizetype have = b.to - b.from;
            room(b, have + len);
            b.buffered = true;
            b.bufFrom = m_used;
            std::copy_n(m_s.utf16() + b.from, have, m_buf + m_used);
            m_used += have;
        } else {
            room(b, len);
        }
        std::copy_n(m_s.utf16() + pos, len, m_buf + m_used);
        m_used += len;
    }

    // Makes room for `len` more characters after the word being built. The thread's first chunk is made at least
    // as long as the script, and unquoting never lengthens text (every character added comes from the word's own
    // part of the script), so one chunk always suffices; should that bound ever fail, the word moves on to a
    // further chunk and the earlier words stay where they are.
    void room(Building& b, qsizetype len)
    {
        if (m_buf && m_used + len <= m_cap) {
            return;
        }
        const qsizetype partial = m_buf && b.buffered ? m_used - b.bufFrom : 0;
        const qsizetype need = std::max(m_s.size(), partial + len);
        if (!m_buf) {
            // The script's first unquoted word (nothing of it is in a chunk yet).
            if (m_w.chunks.empty()) {
                m_w.chunks.emplace_back();
            }
            Chunk& first = m_w.chunks[0];
            if (first.cap < need) {
                first.data = std::make_unique_for_overwrite<char16_t[]>(size_t(need));
                first.cap = need;
            }
            first.used = 0;
            m_chunk = 0;
            m_buf = first.data.get();
            m_cap = first.cap;
            m_used = 0;
            return;
        }
        m_w.chunks[size_t(m_chunk)].used = m_used - partial; // the word being built leaves this chunk
        Chunk next;
        next.data = std::make_unique_for_overwrite<char16_t[]>(size_t(need));
        next.cap = need;
        std::copy_n(m_buf + b.bufFrom, partial, next.data.get());
        m_w.chunks.push_back(std::move(next)); // moving a Chunk keeps its text where it is
        m_chunk = qsizetype(m_w.chunks.size()) - 1;
        m_buf = m_w.chunks.back().data.get();
        m_cap = need;
        m_used = partial;
        b.bufFrom = 0;
    }

    // Reads one word starting at i, removing quotes and escapes, keeping $(...) and `...` as text.
    Word readWord(qsizetype& i)
    {
        Word w;
        w.offset = i;
        const qsizetype n = m_s.size();
        // Most words are plain text up to a blank or operator: a slice, without the general loop.
        while (i < n && !isWordSpecial(m_s[i])) {
            ++i;
        }
        if (i == n || hasClass(m_s[i], kWordEnd)) {
            w.text = m_s.sliced(w.offset, i - w.offset);
            return w;
        }
        Building b{w.offset, i, false, 0};
        while (i < n) {
            const QChar c = m_s[i];
            if (hasClass(c, kWordEnd)) {
                break;
            }
            if (c == u'\\') {
                if (i + 1 < n && m_s[i + 1] != u'\n') {
                    add(b, i + 1, 1);
                }
                i += 2;
                continue;
            }
            if (c == u'\'') {
                const qsizetype e = m_s.indexOf(u'\'', i + 1);
                const qsizetype end = e < 0 ? n : e;
                add(b, i + 1, end - i - 1);
                i = e < 0 ? n : e + 1;
                continue;
            }
            if (c == u'"') {
                ++i;
                while (i < n && m_s[i] != u'"') {
                    if (m_s[i] == u'\\' && i + 1 < n) {
                        const QChar e = m_s[i + 1];
                        if (e == u'"' || e == u'\\' || e == u'$' || e == u'`') {
                            add(b, i + 1, 1);
                        } else if (e != u'\n') {
                            add(b, i, 2); // the backslash stays
                        }
                        i += 2;
                        continue;
                    }
                    // A run of characters that need nothing done, added in one go.
                    const qsizetype start = i;
                    ++i;
                    while (i < n && m_s[i] != u'"' && m_s[i] != u'\\') {
                        ++i;
                    }
                    add(b, start, i - start);
                }
                ++i;
                continue;
            }
            if (c == u'$' && i + 1 < n && (m_s[i + 1] == u'(' || m_s[i + 1] == u'{')) {
                const QChar open = m_s[i + 1];
                const QChar close = open == u'(' ? u')' : u'}';
                int level = 0;
                const qsizetype start = i;
                ++i;
                for (; i < n; ++i) {
                    if (m_s[i] == open) {
                        ++level;
                    } else if (m_s[i] == close && --level == 0) {
                        ++i;
                        break;
                    }
                }
                add(b, start, i - start);
                continue;
            }
            if (c == u'`') {
                const qsizetype e = m_s.indexOf(u'`', i + 1);
                const qsizetype end = e < 0 ? n : e + 1;
                add(b, i, end - i);
                i = end;
                continue;
            }
            // A run of plain characters is added in one go.
            const qsizetype start = i;
            ++i;
            while (i < n && !isWordSpecial(m_s[i])) {
                ++i;
            }
            add(b, start, i - start);
        }
        w.text = b.buffered ? QStringView(m_buf + b.bufFrom, m_used - b.bufFrom) : m_s.sliced(b.from, b.to - b.from);
        return w;
    }

    void finish(QStringView sepBefore, QStringView sepAfter)
    {
        // Small fixed sets: a linear scan of views beats hashing a QString per word.
        static constexpr WordSet keywords{
            u"if", u"then", u"else", u"elif", u"fi", u"do", u"done", u"while", u"until", u"!", u"{", u"}", u"esac"};
        static constexpr WordSet skipWhole{u"for", u"case", u"select", u"function"};
        static constexpr WordSet wrappers{u"sudo", u"env", u"nohup", u"exec", u"time", u"command", u"xargs"};
        // The scratch vectors keep their capacity from command to command (cleared on every way out).
        const std::vector<Word>& words = m_w.current;
        struct Clear
        {
            Scratch& w;
            ~Clear()
            {
                w.current.clear();
                w.wrappers.clear();
            }
        } clear{m_w};
        const bool pipedFrom = isPipe(sepBefore);
        const bool pipedTo = isPipe(sepAfter);
        m_out.hasPipe |= pipedTo;
        size_t k = 0;
        while (k < words.size() && keywords.contains(words[k].text)) {
            ++k;
        }
        if (k < words.size() && skipWhole.contains(words[k].text)) {
            return;
        }
        std::vector<QStringView>& views = m_w.views;
        PendingCommand r;
        r.assignments = views.size();
        while (k < words.size()) {
            const QStringView w = words[k].text;
            if (isAssignment(w)) {
                views.push_back(w);
                ++k;
                continue;
            }
            const QStringView base = baseName(w);
            if (wrappers.contains(base)) {
                m_w.wrappers.push_back(base);
                ++k;
                // Skip the wrapper's own options (sudo -u user -E, env -i, xargs -n1 ...), keeping it simple:
                // dash words, plus the value of sudo's -u/-g.
                while (k < words.size() && (words[k].text.startsWith(u'-') || isAssignment(words[k].text))) {
                    const QStringView opt = words[k].text;
                    ++k;
                    if (same(base, u"sudo"_s) && (same(opt, u"-u"_s) || same(opt, u"-g"_s)) && k < words.size()) {
                        ++k;
                    }
                }
                continue;
            }
            break;
        }
        r.assignmentCount = views.size() - r.assignments;
        if (k == words.size() && m_w.wrappers.empty()) {
            views.resize(r.assignments); // assignments alone make no command
            return;
        }
        r.wrappers = views.size();
        r.wrapperCount = m_w.wrappers.size();
        if (!m_w.wrappers.empty()) {
            views.insert(views.end(), m_w.wrappers.begin(), m_w.wrappers.end());
        }
        r.words = views.size();
        r.offsets = m_w.offsets.size();
        r.wordCount = words.size() - k;
        r.pipedFrom = pipedFrom;
        r.pipedTo = pipedTo;
        r.separatorBefore = sepBefore;
        if (k < words.size()) {
            r.program = baseName(words[k].text);
        }
        for (; k < words.size(); ++k) {
            views.push_back(words[k].text);
            m_w.offsets.push_back(words[k].offset);
        }
        m_w.commands.push_back(r);
    }

    Scratch& m_w;
    ShellScript m_out;
    QStringView m_s;           // m_out.m_text
    qsizetype m_chunk = -1;    // the scratch chunk unquoted words are written to
    char16_t* m_buf = nullptr; // its text
    qsizetype m_cap = 0;
    qsizetype m_used = 0;
};

bool ShellCommand::hasOption(QStringView shortLetters, std::initializer_list<QStringView> longOptions) const
{
    for (size_t i = 1; i < words.size(); ++i) {
        const QStringView w = words[i];
        if (w == u"--"_s) {
            break;
        }
        if (w.startsWith(u"--"_s)) {
            const QStringView name = w.first(w.indexOf(u'=') < 0 ? w.size() : w.indexOf(u'='));
            for (QStringView l : longOptions) {
                if (name == l) {
                    return true;
                }
            }
        } else if (w.startsWith(u'-') && w.size() > 1 && !shortLetters.isEmpty()) {
            for (qsizetype j = 1; j < w.size(); ++j) {
                if (shortLetters.contains(w[j])) {
                    return true;
                }
                if (!w[j].isLetter()) {
                    break; // -o=value, -q=2: stop at the value
                }
            }
        }
    }
    return false;
}

bool ShellCommand::hasWord(QStringView w) const
{
    return std::find(words.begin(), words.end(), w) != words.end();
}

bool ShellCommand::joinedContains(QStringView needle, Qt::CaseSensitivity cs) const
{
    if (!needle.contains(u' ')) {
        // A match cannot span the joining space: it lies inside one word (or is empty).
        if (needle.isEmpty()) {
            return true;
        }
        for (QStringView w : words) {
            // Qt compares case-insensitively unit by unit, so a shorter word cannot hold the needle either way.
            if (w.size() >= needle.size() && w.contains(needle, cs)) {
                return true;
            }
        }
        return false;
    }
    QVarLengthArray<QChar, 512> joined;
    for (size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            joined.append(u' ');
        }
        joined.append(words[i].data(), words[i].size());
    }
    return QStringView(joined.data(), joined.size()).contains(needle, cs);
}

ShellWords ShellCommand::operands(qsizetype from, std::initializer_list<QStringView> withValue) const
{
    ShellWords out;
    for (qsizetype i = std::max<qsizetype>(from, 0); i < qsizetype(words.size()); ++i) {
        const QStringView w = words[size_t(i)];
        if (w.startsWith(u'-') && w.size() > 1) {
            for (QStringView v : withValue) {
                if (w == v) {
                    ++i; // the option's value
                    break;
                }
            }
            continue;
        }
        out.append(w);
    }
    return out;
}

QStringView ShellCommand::subcommand(std::initializer_list<QStringView> withValue) const
{
    // operands(1, withValue).value(0), without building the list: rules ask every command for it.
    for (size_t i = 1; i < words.size(); ++i) {
        const QStringView w = words[i];
        if (w.startsWith(u'-') && w.size() > 1) {
            for (QStringView v : withValue) {
                if (w == v) {
                    ++i; // the option's value
                    break;
                }
            }
            continue;
        }
        return w;
    }
    return {};
}

QString joinWords(std::span<const QStringView> words, QStringView sep)
{
    qsizetype size = 0;
    for (QStringView w : words) {
        size += w.size() + sep.size();
    }
    QString out;
    out.reserve(size);
    for (size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            out += sep;
        }
        out += words[i];
    }
    return out;
}

bool ShellScript::uses(QStringView program) const
{
    for (const ShellCommand& c : commands) {
        if (c.name() == program) {
            return true;
        }
    }
    return false;
}

ShellScript splitShell(QString script)
{
    return ShellSplitter(std::move(script)).run();
}

ShellScript splitShell(QStringView script)
{
    return ShellSplitter(script.toString()).run();
}

} // namespace bulkhead::dockerfile
