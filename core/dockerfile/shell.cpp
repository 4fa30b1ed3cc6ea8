// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dockerfile/shell.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>
#include <vector>

// QString literals: comparing with u"..."_s checks the length first and needs no strlen.
using namespace Qt::StringLiterals;

namespace bulkhead::dockerfile {

namespace {

// Character classes, one table look-up per UTF-16 unit instead of a chain of comparisons. The table covers every
// unit (beyond ASCII all 0) so the hot loops need no range test: 128 KiB, of which ASCII text touches 256 bytes.
enum CharClass : std::uint16_t
{
    kBlank = 1,        // space, tab, CR, VT, FF
    kWordEnd = 2,      // ends a word: blanks, newline, ; & | ( ) > <
    kWordSpecial = 4,  // ends a run of plain characters: the above plus \ ' " $ `
    kNameStart = 8,    // starts a variable name: ASCII letters and _
    kName = 16,        // continues one: ASCII letters, digits and _
    kOperator = 32,    // a separator between commands: newline ; & | ( )
    kRedirect = 64,    // > <
    kDigit = 128,      // 0-9
    kNul = 256,        // the terminator (or a NUL inside the script)
    kPlainStart = 512, // starts a word that is surely no fd number: none of the above, not a digit, not '#'
};

constexpr std::array<std::uint16_t, 65536> makeClasses()
{
    std::array<std::uint16_t, 65536> t{};
    t[0] = kNul;
    for (char c : {' ', '\t', '\r', '\v', '\f'}) {
        t[size_t(c)] |= kBlank | kWordEnd | kWordSpecial;
    }
    for (char c : {'\n', ';', '&', '|', '(', ')'}) {
        t[size_t(c)] |= kOperator | kWordEnd | kWordSpecial;
    }
    for (char c : {'>', '<'}) {
        t[size_t(c)] |= kRedirect | kWordEnd | kWordSpecial;
    }
    for (char c : {'\\', '\'', '"', '$', '`'}) {
        t[size_t(c)] |= kWordSpecial;
    }
    for (int c = 0; c < 128; ++c) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_') {
            t[size_t(c)] |= kNameStart | kName;
        } else if (c >= '0' && c <= '9') {
            t[size_t(c)] |= kName | kDigit;
        }
    }
    for (int c = 1; c < 128; ++c) {
        if ((t[size_t(c)] & (kWordSpecial | kDigit)) == 0 && c != '#') {
            t[size_t(c)] |= kPlainStart;
        }
    }
    return t;
}

constexpr std::array<std::uint16_t, 65536> kClasses = makeClasses();

// The classes of a UTF-16 unit (none beyond ASCII).
unsigned classOf(char16_t c)
{
    return kClasses[c];
}

bool hasClass(char16_t c, CharClass k)
{
    return (classOf(c) & k) != 0;
}

// A byte for every UTF-16 unit, non-zero where a run of plain word characters stops (kWordSpecial or NUL; beyond
// ASCII all 0), keeps the word scan at a load and a compare per character: 64 KiB, of which plain ASCII text
// touches the first two cache lines. The value tells the stops apart, so the word loop needs no second look-up.
enum Stop : std::uint8_t
{
    kStopNone = 0,
    kStopSpace = 1,   // ' ': the usual end of a word
    kStopWordEnd = 2, // another kWordEnd: blanks, newline, operators, redirections
    kStopQuote = 3,   // \ ' " $ `: the word goes on, unquoted
    kStopNul = 4,     // the terminator, or a NUL inside the script (text)
};

constexpr std::array<std::uint8_t, 65536> makeStops()
{
    std::array<std::uint8_t, 65536> t{};
    for (size_t c = 0; c < 128; ++c) {
        const unsigned k = kClasses[c];
        t[c] = c == ' '              ? kStopSpace
               : (k & kWordEnd) != 0 ? kStopWordEnd
               : (k & kNul) != 0     ? kStopNul
               : (k & kWordSpecial)  ? kStopQuote
                                     : kStopNone;
    }
    return t;
}
constexpr std::array<std::uint8_t, 65536> kStops = makeStops();

// The first index from j (<= n) on whose character is kWordSpecial, or n: the end of a run of plain word characters.
// s[n] is the terminating NUL (ShellSplitter makes sure there is one), so the loop needs no bounds test; a NUL
// inside the script is plain text. Two units per step: the second is read only when the first is no stop, so
// neither the terminator nor anything behind it is passed.
Q_ALWAYS_INLINE qsizetype plainRunEnd(const char16_t* s, qsizetype j, qsizetype n)
{
    const char16_t* p = s + j;
    for (;;) {
        for (;;) {
            if (kStops[p[0]] != 0) {
                break;
            }
            if (kStops[p[1]] != 0) {
                ++p;
                break;
            }
            p += 2;
        }
        if (*p != 0 || p >= s + n) {
            return p - s;
        }
        ++p; // a NUL inside the script
    }
}

bool isBlank(char16_t c)
{
    return hasClass(c, kBlank);
}

// Equality inlined: QStringView's operator== calls out of the library even when the sizes differ.
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

// NAME=value: a name (letters, digits and _, not starting with a digit), then '='. Letters beyond ASCII count
// too (QChar's classification), as they always did here.
Q_NEVER_INLINE bool isAssignmentSlow(QStringView w)
{
    if (!QChar(w[0]).isLetter() && !(w[0].unicode() < 128 && hasClass(w[0].unicode(), kNameStart))) {
        return false;
    }
    for (qsizetype i = 1; i < w.size(); ++i) {
        const char16_t c = w[i].unicode();
        if (c < 128) {
            if (!hasClass(c, kName)) {
                return c == u'=';
            }
        } else if (!QChar(c).isLetterOrNumber()) {
            return false;
        }
    }
    return false;
}

inline bool isAssignment(QStringView word)
{
    const char16_t* w = word.utf16();
    const qsizetype n = word.size();
    if (n == 0) {
        return false;
    }
    // ASCII all the way to the '=' (or to the first character that is no name character): the table alone.
    if (w[0] >= 128) {
        return isAssignmentSlow(word);
    }
    if (!hasClass(w[0], kNameStart)) {
        return false;
    }
    for (qsizetype i = 1; i < n; ++i) {
        const char16_t c = w[i];
        if (!hasClass(c, kName)) {
            // (Beyond ASCII the table says no class: QChar decides.)
            return c >= 128 ? isAssignmentSlow(word) : c == u'=';
        }
    }
    return false;
}

// A digit as QChar sees it (other scripts' decimal digits too, as the splitter always took them).
bool isDigit(char16_t c)
{
    return c < 128 ? hasClass(c, kDigit) : QChar(c).isDigit();
}

// What a word before a command's program can be. The three sets are disjoint.
enum class Role : unsigned char
{
    None,
    Keyword,   // skipped: if then else elif fi do done while until ! { } esac
    SkipWhole, // the whole command is skipped: for case select function
    Wrapper,   // stripped with its options: sudo env nohup exec time command xargs
};

// Equality with a literal of known length: the compiler turns the fixed-size comparison into a few loads.
// (Fixed-size loads of 8, 4 and 2 bytes: memcmp of an odd size is a library call.)
template<size_t N> bool is(const char16_t* w, const char16_t (&lit)[N])
{
    constexpr size_t bytes = (N - 1) * sizeof(char16_t);
    const auto* a = reinterpret_cast<const unsigned char*>(w);
    const auto* b = reinterpret_cast<const unsigned char*>(lit);
    size_t at = 0;
    for (; at + 8 <= bytes; at += 8) {
        std::uint64_t x = 0;
        std::uint64_t y = 0;
        std::memcpy(&x, a + at, 8);
        std::memcpy(&y, b + at, 8);
        if (x != y) {
            return false;
        }
    }
    if (at + 4 <= bytes) {
        std::uint32_t x = 0;
        std::uint32_t y = 0;
        std::memcpy(&x, a + at, 4);
        std::memcpy(&y, b + at, 4);
        if (x != y) {
            return false;
        }
        at += 4;
    }
    if (at + 2 <= bytes) {
        std::uint16_t x = 0;
        std::uint16_t y = 0;
        std::memcpy(&x, a + at, 2);
        std::memcpy(&y, b + at, 2);
        if (x != y) {
            return false;
        }
    }
    return true;
}

// "pip", "pip3", "pip3.12" for stem "pip": the stem, then digits and dots only.
bool isVersioned(QStringView name, QStringView stem)
{
    if (name.size() < stem.size() || !same(name.first(stem.size()), stem)) {
        return false;
    }
    for (qsizetype i = stem.size(); i < name.size(); ++i) {
        if (!isDigit(name[i].unicode()) && name[i] != u'.') {
            return false;
        }
    }
    return true;
}

// What a word before a command's program (or the program) is: its role and, when it has none, its program kind
// (Other unless the name is one of ShellProgram's), by its length and then a comparison or two. One look-up
// answers both, so a command's first word is read once.
struct WordInfo
{
    Role role;
    ShellProgram kind;
};

Q_ALWAYS_INLINE WordInfo lookupWord(QStringView word)
{
    using P = ShellProgram;
    const char16_t* w = word.utf16();
    if (word.size() >= 3 && w[0] == u'p') {
        // No keyword or wrapper starts with 'p'.
        return {Role::None,
                isVersioned(word, u"pip"_s)      ? P::Pip
                : isVersioned(word, u"python"_s) ? P::Python
                                                 : P::Other};
    }
    switch (word.size()) {
    case 1:
        return {w[0] == u'!' || w[0] == u'{' || w[0] == u'}' ? Role::Keyword : Role::None, P::Other};
    case 2:
        if (is(w, u"if") || is(w, u"fi") || is(w, u"do")) {
            return {Role::Keyword, P::Other};
        }
        return {Role::None, is(w, u"go") ? P::Go : is(w, u"rm") ? P::Rm : P::Other};
    case 3:
        if (is(w, u"for")) {
            return {Role::SkipWhole, P::Other};
        }
        if (is(w, u"env")) {
            return {Role::Wrapper, P::Other};
        }
        return {Role::None,
                is(w, u"apt")   ? P::Apt
                : is(w, u"apk") ? P::Apk
                : is(w, u"dnf") ? P::Dnf
                : is(w, u"gem") ? P::Gem
                : is(w, u"npm") ? P::Npm
                : is(w, u"yum") ? P::Yum
                                : P::Other};
    case 4:
        if (is(w, u"then") || is(w, u"else") || is(w, u"elif") || is(w, u"done") || is(w, u"esac")) {
            return {Role::Keyword, P::Other};
        }
        if (is(w, u"sudo") || is(w, u"exec") || is(w, u"time")) {
            return {Role::Wrapper, P::Other};
        }
        if (is(w, u"case")) {
            return {Role::SkipWhole, P::Other};
        }
        return {Role::None, is(w, u"curl") ? P::Curl : is(w, u"wget") ? P::Wget : is(w, u"yarn") ? P::Yarn : P::Other};
    case 5:
        return {is(w, u"while") || is(w, u"until")   ? Role::Keyword
                : is(w, u"nohup") || is(w, u"xargs") ? Role::Wrapper
                                                     : Role::None,
                P::Other};
    case 6:
        return is(w, u"select") ? WordInfo{Role::SkipWhole, P::Other}
                                : WordInfo{Role::None, is(w, u"zypper") ? P::Zypper : P::Other};
    case 7:
        return is(w, u"command") ? WordInfo{Role::Wrapper, P::Other}
                                 : WordInfo{Role::None, is(w, u"apt-get") ? P::AptGet : P::Other};
    case 8:
        return is(w, u"function") ? WordInfo{Role::SkipWhole, P::Other}
                                  : WordInfo{Role::None, is(w, u"microdnf") ? P::Microdnf : P::Other};
    default:
        return {Role::None, P::Other};
    }
}

// A command while the script is split: where its words lie in the scratch arrays (spans are made in store()).
// No member initializers: finish() sets every field, and the scratch array of them is not cleared when it grows.
struct PendingCommand
{
    size_t assignments; // index into Scratch::views
    size_t assignmentCount;
    size_t wrapperCount; // the next ones in Scratch::wrappers (they are in command order)
    size_t words;        // index into Scratch::views (and Scratch::offsets)
    size_t wordCount;
    QStringView separatorBefore;
    QStringView program;
    ShellProgram kind;
    bool pipedFrom;
    bool pipedTo;
};
static_assert(std::is_trivially_copyable_v<PendingCommand> && std::is_trivially_destructible_v<PendingCommand>);

// Working memory of one thread's splits. It keeps its capacity from script to script, sized once per script for
// the most the script can need; a script gets one block of the exact size at the end.
struct Scratch
{
    // Every word read and its offset, in order: a command's words are a run of it (the keywords and wrappers before
    // the program stay in their slots, unused). Raw storage: the views are made as words are read.
    std::unique_ptr<std::byte[]> views;
    std::unique_ptr<qsizetype[]> offsets;
    size_t wordCap = 0;
    std::vector<QStringView> wrappers; // the commands' stripped wrappers, in order
    // The commands, raw storage (a command takes at least one word, so there are never more than words).
    std::unique_ptr<std::byte[]> commands;
    size_t commandCap = 0;
    std::unique_ptr<char16_t[]> unquoted; // unquoted words; at least as long as the script once used
    qsizetype unquotedCap = 0;

    // After a huge script, give the memory back instead of keeping it for the thread's life.
    static constexpr size_t kKeep = 1 << 14;
    void trim()
    {
        if (wordCap > kKeep || wrappers.capacity() > kKeep || commandCap > kKeep ||
            unquotedCap > qsizetype(kKeep) * 4) {
            *this = Scratch();
        }
    }
};

// The scratch word arrays of one split, kept in locals of ShellSplitter::run() (a member would be reloaded after
// every store through a view: a qsizetype store may alias a size_t member).
struct WordArrays
{
    QStringView* views;
    qsizetype* offsets;
    size_t cap;
};

// The scratch command array of one split, likewise.
struct CommandArray
{
    PendingCommand* data;
    size_t size;
    size_t cap;
};

} // namespace

class ShellSplitter
{
    // Words, commands and wrappers are at most half the script (plus two), unquoted text at most all of it: up to
    // this length none of them grows past what Scratch::trim() keeps.
    static constexpr qsizetype kTrimAbove = qsizetype(Scratch::kKeep);
    static_assert(size_t(kTrimAbove) / 2 + 2 <= Scratch::kKeep);

public:
    // Splits into `out`, which the caller returns (no move of the result).
    ShellSplitter(ShellScript& out, QString text) : m_w(scratch()), m_out(out)
    {
        m_out.m_text = std::move(text);
        if (!m_out.m_text.isEmpty()) {
            // plainRunEnd() needs the terminator: allocated text has it (QString::utf16() returns such data as it
            // is), utf16() makes fromRawData() text a terminated copy.
            m_s = m_out.m_text.data_ptr().isMutable() ? QStringView(m_out.m_text)
                                                      : QStringView(m_out.m_text.utf16(), m_out.m_text.size());
        }
        m_w.wrappers.clear();
    }
    ~ShellSplitter()
    {
        // The scratch only outgrows what trim() keeps after a script longer than this.
        if (m_s.size() > kTrimAbove) {
            m_w.trim();
        }
    }
    ShellSplitter(const ShellSplitter&) = delete;
    ShellSplitter& operator=(const ShellSplitter&) = delete;

    void run()
    {
        QStringView sep; // a slice of the script, so separators cost no allocation
        bool sepIsPipe = false;
        bool hasPipe = false;
        qsizetype i = 0;
        const qsizetype n = m_s.size();
        const char16_t* s = m_s.utf16();
        // A word takes at least one character and two words at least one between them: this many always suffice
        // (push still grows the arrays should that ever be wrong).
        const size_t most = size_t(n) / 2 + 2;
        WordArrays words =
            m_w.wordCap < most
                ? reserveWords(most, 0)
                : WordArrays{reinterpret_cast<QStringView*>(m_w.views.get()), m_w.offsets.get(), m_w.wordCap};
        CommandArray commands{reinterpret_cast<PendingCommand*>(m_w.commands.get()), 0, m_w.commandCap};
        size_t end = 0;          // words read so far
        size_t commandStart = 0; // the first word of the command being read
        std::uint32_t programs = 0;
        const auto push = [&](QStringView w, qsizetype offset) {
            if (end == words.cap) [[unlikely]] {
                words = reserveWords(words.cap * 2 + 16, end);
            }
            std::construct_at(words.views + end, w);
            words.offsets[end] = offset;
            ++end;
        };
        while (i < n) {
            const char16_t c = s[i];
            const unsigned k = classOf(c);
            if (k & kPlainStart) {
                // Most words are plain text up to a blank or operator: a slice of the script, read right here.
                // One that starts so is no fd number of a redirection (its first character is no digit). The
                // scan is plainRunEnd()'s, keeping the kind of stop it found.
                const char16_t* p = s + i + 1;
                unsigned stop;
                for (;;) {
                    if ((stop = kStops[p[0]]) != kStopNone) {
                        break;
                    }
                    if ((stop = kStops[p[1]]) != kStopNone) {
                        ++p;
                        break;
                    }
                    p += 2;
                }
                const qsizetype j = p - s;
                if (stop <= kStopWordEnd || (stop == kStopNul && j >= n)) {
                    push(QStringView(s + i, j - i), i);
                    i = stop == kStopSpace ? j + 1 : j; // the usual single blank before the next word
                    continue;
                }
                // A quote, escape or substitution, or a NUL inside the script (text, which readQuoted() takes).
                const qsizetype before = i;
                const Read r = readQuoted(i, j);
                i = std::min(r.end, n); // a trailing backslash steps past the end; the loop ends either way
                push(r.word, before);
                if (s[i] == u' ') {
                    ++i; // (i <= n, s[n] the terminator)
                }
                continue;
            }
            if (k & kBlank) {
                do {
                    ++i;
                } while (hasClass(s[i], kBlank)); // the terminator ends the run
                continue;
            }
            if (k & kOperator) {
                qsizetype len = 1;
                if (i + 1 < n) {
                    const char16_t d = s[i + 1];
                    if (c == u'&' && d == u'>') {
                        // &> file: a redirection
                        i = skipRedirectTarget(i + 2);
                        continue;
                    }
                    if ((c == u'&' && d == u'&') || (c == u'|' && (d == u'|' || d == u'&')) ||
                        (c == u';' && d == u';')) {
                        len = 2; // && || ;; |&
                    }
                }
                const QStringView op(s + i, len);
                const bool pipe = c == u'|' && (len == 1 || s[i + 1] == u'&'); // | and |& feed the next command
                i += len;
                finish(words.views, commands, programs, commandStart, end, sep, sepIsPipe, pipe);
                sepIsPipe = pipe;
                hasPipe |= pipe;
                sep = op;
                continue;
            }
            if (k & kRedirect) {
                i = skipRedirect(i);
                continue;
            }
            if (c == u'\\' && i + 1 < n && s[i + 1] == u'\n') {
                i += 2; // line continuation
                continue;
            }
            if (c == u'#') {
                while (i < n && s[i] != u'\n') {
                    ++i;
                }
                continue;
            }
            if (i + 1 < n && (s[i + 1] == u'>' || s[i + 1] == u'<') && end == commandStart && isDigit(c)) {
                // 2> at command start: the fd, then the redirection
                i = skipRedirect(i + 1);
                continue;
            }
            // A word that starts otherwise: a quote, an escape, '$', a digit, beyond ASCII.
            const qsizetype before = i;
            const qsizetype j = plainRunEnd(s, i, n);
            QStringView w;
            if (j == n || hasClass(s[j], kWordEnd)) {
                w = QStringView(s + i, j - i);
                i = j;
            } else {
                const Read r = readQuoted(i, j);
                w = r.word;
                i = r.end;
            }
            if (i == before) {
                ++i; // cannot happen with the separators above, but never spin
                continue;
            }
            // `2>` right after a word that is only digits was handled above only at command start; handle `cmd 2>x`.
            if (i < n && (s[i] == u'>' || s[i] == u'<') && !w.isEmpty() &&
                std::all_of(w.begin(), w.end(), [](QChar ch) { return isDigit(ch.unicode()); })) {
                continue; // the fd number of a redirection; the operator is handled next round
            }
            push(w, before);
        }
        finish(words.views, commands, programs, commandStart, end, sep, sepIsPipe, false);
        m_out.hasPipe = hasPipe;
        m_out.programs = programs;

        store(words, commands, end);
    }

private:
    // Makes the scratch word arrays hold `cap` words, keeping the first `keep`. Out of line: a script needs it only
    // when it is longer than every one before it.
    Q_NEVER_INLINE WordArrays reserveWords(size_t cap, size_t keep)
    {
        static_assert(std::is_trivially_copyable_v<QStringView> && std::is_trivially_destructible_v<QStringView>);
        auto views = std::make_unique_for_overwrite<std::byte[]>(cap * sizeof(QStringView));
        auto offsets = std::make_unique_for_overwrite<qsizetype[]>(cap);
        if (keep > 0) {
            std::memcpy(views.get(), m_w.views.get(), keep * sizeof(QStringView));
            std::copy_n(m_w.offsets.get(), keep, offsets.get());
        }
        m_w.views = std::move(views);
        m_w.offsets = std::move(offsets);
        m_w.wordCap = cap;
        return {reinterpret_cast<QStringView*>(m_w.views.get()), m_w.offsets.get(), cap};
    }

    // Makes the scratch command array hold more commands, keeping the first `keep`.
    Q_NEVER_INLINE CommandArray growCommands(size_t keep)
    {
        const size_t cap = m_w.commandCap * 2 + 16;
        auto block = std::make_unique_for_overwrite<std::byte[]>(cap * sizeof(PendingCommand));
        if (keep > 0) {
            std::memcpy(block.get(), m_w.commands.get(), keep * sizeof(PendingCommand));
        }
        m_w.commands = std::move(block);
        m_w.commandCap = cap;
        return {reinterpret_cast<PendingCommand*>(m_w.commands.get()), keep, cap};
    }

    // Copies the commands, their words, offsets and wrappers, and the unquoted text into one block the script
    // owns, pointing the views that were into the scratch buffer at the copy.
    void store(const WordArrays& words, const CommandArray& pending, size_t wordCount)
    {
        static_assert(std::is_trivially_copyable_v<ShellCommand> && std::is_trivially_destructible_v<ShellCommand>);
        const size_t commandCount = pending.size;
        if (commandCount == 0) {
            return; // the views of skipped commands are not kept either
        }
        const size_t wrapperCount = m_w.wrappers.size();
        const size_t bytes = commandCount * sizeof(ShellCommand) + (wordCount + wrapperCount) * sizeof(QStringView) +
                             wordCount * sizeof(qsizetype) + size_t(m_used) * sizeof(char16_t);
        m_out.m_storage = std::make_unique_for_overwrite<std::byte[]>(bytes);
        std::byte* p = m_out.m_storage.get();
        auto* commands = reinterpret_cast<ShellCommand*>(p);
        p += commandCount * sizeof(ShellCommand);
        auto* views = reinterpret_cast<QStringView*>(p);
        p += wordCount * sizeof(QStringView);
        auto* wrappers = reinterpret_cast<QStringView*>(p);
        p += wrapperCount * sizeof(QStringView);
        auto* offsets = reinterpret_cast<qsizetype*>(p);
        p += wordCount * sizeof(qsizetype);
        auto* text = reinterpret_cast<char16_t*>(p);

        // Views into the unquoted buffer move to its copy; the others are slices of the script and stay.
        const auto from = reinterpret_cast<std::uintptr_t>(m_buf);
        const auto fromBytes = std::uintptr_t(m_used) * sizeof(char16_t);
        const auto rebase = [from, fromBytes, text](const char16_t* at, qsizetype size) {
            const std::uintptr_t d = reinterpret_cast<std::uintptr_t>(at) - from;
            return d < fromBytes ? QStringView(text + d / sizeof(char16_t), size) : QStringView(at, size);
        };
        std::memcpy(offsets, words.offsets, wordCount * sizeof(qsizetype));
        if (m_used > 0) {
            std::copy_n(m_buf, m_used, text);
            for (size_t k = 0; k < wordCount; ++k) {
                std::construct_at(views + k, rebase(words.views[k].utf16(), words.views[k].size()));
            }
            for (size_t k = 0; k < wrapperCount; ++k) {
                const QStringView w = m_w.wrappers[k];
                std::construct_at(wrappers + k, rebase(w.utf16(), w.size()));
            }
        } else {
            std::memcpy(static_cast<void*>(views), words.views, wordCount * sizeof(QStringView));
            if (wrapperCount > 0) {
                std::memcpy(static_cast<void*>(wrappers), m_w.wrappers.data(), wrapperCount * sizeof(QStringView));
            }
        }
        size_t wrapper = 0;
        for (size_t k = 0; k < commandCount; ++k) {
            const PendingCommand& pc = pending.data[k];
            std::construct_at(commands + k,
                              ShellCommand{.words = {views + pc.words, pc.wordCount},
                                           .offsets = {offsets + pc.words, pc.wordCount},
                                           .wrappers = {wrappers + wrapper, pc.wrapperCount},
                                           .assignments = {views + pc.assignments, pc.assignmentCount},
                                           .pipedFrom = pc.pipedFrom,
                                           .pipedTo = pc.pipedTo,
                                           .separatorBefore = pc.separatorBefore,
                                           .program = pc.program,
                                           .kind = pc.kind});
            wrapper += pc.wrapperCount;
        }
        if (m_used > 0) {
            for (size_t k = 0; k < commandCount; ++k) {
                commands[k].program = rebase(commands[k].program.utf16(), commands[k].program.size());
            }
        }
        m_out.commands = {commands, commandCount};
    }

    static Scratch& scratch()
    {
        thread_local Scratch s;
        return s;
    }

    // A redirection operator at i (after its fd digit, if any): skips it and its target word; returns where the
    // next token starts. (Positions go in and out by value, so the hot loop keeps its own in a register.)
    qsizetype skipRedirect(qsizetype i)
    {
        const qsizetype n = m_s.size();
        const bool heredoc = i + 1 < n && m_s[i] == u'<' && m_s[i + 1] == u'<';
        while (i < n &&
               (m_s[i] == u'>' || m_s[i] == u'<' || m_s[i] == u'&' || m_s[i] == u'|' || (heredoc && m_s[i] == u'-'))) {
            ++i;
        }
        return skipRedirectTarget(i);
    }

    qsizetype skipRedirectTarget(qsizetype i)
    {
        while (i < m_s.size() && isBlank(m_s[i].unicode())) {
            ++i;
        }
        if (i < m_s.size() && m_s[i] != u'\n' && m_s[i] != u';' && m_s[i] != u'&' && m_s[i] != u'|') {
            i = readWord(i).end;
        }
        return i;
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

    // Appends the script's characters [pos, pos + len) to the unquoted buffer. The buffer is as long as the script,
    // and unquoting never lengthens text: every character a word adds comes from the word's own part of the script
    // and words do not overlap, so it never fills; the clamp only keeps a broken promise from writing past it.
    void append(qsizetype pos, qsizetype len)
    {
        if (!m_buf) {
            if (m_w.unquotedCap < m_s.size()) {
                m_w.unquoted = std::make_unique_for_overwrite<char16_t[]>(size_t(m_s.size()));
                m_w.unquotedCap = m_s.size();
            }
            m_buf = m_w.unquoted.get();
            m_cap = m_w.unquotedCap;
        }
        len = std::min(len, m_cap - m_used);
        std::copy_n(m_s.utf16() + pos, len, m_buf + m_used);
        m_used += len;
    }

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
            b.buffered = true;
            b.bufFrom = m_used;
            append(b.from, b.to - b.from);
        }
        append(pos, len);
    }

    // A word read, and the position after it.
    struct Read
    {
        QStringView word;
        qsizetype end;
    };

    // Reads one word starting at i, removing quotes and escapes, keeping $(...) and `...` as text.
    Read readWord(qsizetype i)
    {
        const qsizetype start = i;
        const qsizetype n = m_s.size();
        const char16_t* s = m_s.utf16();
        // Most words are plain text up to a blank or operator: a slice, without the general loop.
        i = plainRunEnd(s, i, n);
        if (i == n || hasClass(s[i], kWordEnd)) {
            return {m_s.sliced(start, i - start), i};
        }
        return readQuoted(start, i);
    }

    // The rest of readWord(): the word starting at i is plain text up to `plain`, where a quote, escape or
    // substitution starts. Kept out of line: most words never get here.
    Q_NEVER_INLINE Read readQuoted(qsizetype i, qsizetype plain)
    {
        const qsizetype n = m_s.size();
        const char16_t* s = m_s.utf16();
        Building b{i, plain, false, 0};
        i = plain;
        while (i < n) {
            const char16_t c = s[i];
            if (hasClass(c, kWordEnd)) {
                break;
            }
            if (c == u'\\') {
                if (i + 1 < n && s[i + 1] != u'\n') {
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
                while (i < n && s[i] != u'"') {
                    if (s[i] == u'\\' && i + 1 < n) {
                        const char16_t e = s[i + 1];
                        if (e == u'"' || e == u'\\' || e == u'$' || e == u'`') {
                            add(b, i + 1, 1);
                        } else if (e != u'\n') {
                            add(b, i, 2); // the backslash stays
                        }
                        i += 2;
                        continue;
                    }
                    // A run of characters that need nothing done, added in one go.
                    const qsizetype from = i;
                    ++i;
                    while (i < n && s[i] != u'"' && s[i] != u'\\') {
                        ++i;
                    }
                    add(b, from, i - from);
                }
                ++i;
                continue;
            }
            if (c == u'$' && i + 1 < n && (s[i + 1] == u'(' || s[i + 1] == u'{')) {
                const char16_t open = s[i + 1];
                const char16_t close = open == u'(' ? u')' : u'}';
                int level = 0;
                const qsizetype from = i;
                ++i;
                for (; i < n; ++i) {
                    if (s[i] == open) {
                        ++level;
                    } else if (s[i] == close && --level == 0) {
                        ++i;
                        break;
                    }
                }
                add(b, from, i - from);
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
            const qsizetype from = i;
            i = plainRunEnd(s, i + 1, n);
            add(b, from, i - from);
        }
        return {b.buffered ? QStringView(m_buf + b.bufFrom, m_used - b.bufFrom) : m_s.sliced(b.from, b.to - b.from), i};
    }

    // Ends the command whose words are word[start, end): strips keywords, assignments and wrappers, and keeps it
    // (or drops its words when it is no command). The separators around it: the one before it, whether that one is
    // a pipe, and whether the one after it is.
    Q_ALWAYS_INLINE void finish(const QStringView* word,
                                CommandArray& commands,
                                std::uint32_t& programs,
                                size_t& start,
                                size_t& end,
                                QStringView sepBefore,
                                bool pipedFrom,
                                bool pipedTo)
    {
        if (start == end) {
            return; // no words, no command
        }
        size_t k = start;
        WordInfo info{Role::None, ShellProgram::Other};
        while (k < end && (info = lookupWord(word[k])).role == Role::Keyword) {
            ++k;
        }
        if (k < end && info.role == Role::SkipWhole) {
            end = start;
            return;
        }
        // Assignments come first: after a wrapper they are taken as its options.
        const size_t assignments = k;
        while (k < end && isAssignment(word[k])) {
            ++k;
        }
        const size_t assignmentCount = k - assignments;
        size_t wrapperCount = 0;
        QStringView program;
        while (k < end) {
            program = baseName(word[k]);
            // The first word was looked up already unless assignments or a path came before the name.
            if (k != assignments || program.size() != word[k].size()) {
                info = lookupWord(program);
            }
            if (info.role != Role::Wrapper) {
                break;
            }
            const QStringView base = program;
            program = {};
            m_w.wrappers.push_back(base);
            ++wrapperCount;
            ++k;
            // Skip the wrapper's own options (sudo -u user -E, env -i, xargs -n1 ...), keeping it simple:
            // dash words, plus the value of sudo's -u/-g.
            while (k < end && (word[k].startsWith(u'-') || isAssignment(word[k]))) {
                const QStringView opt = word[k];
                ++k;
                if (same(base, u"sudo"_s) && (same(opt, u"-u"_s) || same(opt, u"-g"_s)) && k < end) {
                    ++k;
                }
            }
        }
        if (k == end && wrapperCount == 0) {
            end = start; // assignments alone make no command
            return;
        }
        const ShellProgram kind = k < end ? info.kind : ShellProgram::Other;
        programs |= shellProgramBit(kind);
        if (commands.size == commands.cap) [[unlikely]] {
            commands = growCommands(commands.size);
        }
        std::construct_at(commands.data + commands.size,
                          PendingCommand{.assignments = assignments,
                                         .assignmentCount = assignmentCount,
                                         .wrapperCount = wrapperCount,
                                         .words = k,
                                         .wordCount = end - k,
                                         .separatorBefore = sepBefore,
                                         .program = k < end ? program : QStringView(),
                                         .kind = kind,
                                         .pipedFrom = pipedFrom,
                                         .pipedTo = pipedTo});
        ++commands.size;
        start = end;
    }

    Scratch& m_w;
    ShellScript& m_out;
    QStringView m_s;           // m_out.m_text
    char16_t* m_buf = nullptr; // the unquoted buffer, once a word needs it
    qsizetype m_cap = 0;
    qsizetype m_used = 0;
};

namespace {

// Whether `w` is one of `list` (inline: the option lists are short and most words differ in length).
bool isOneOf(QStringView w, std::initializer_list<QStringView> list)
{
    for (QStringView v : list) {
        if (same(w, v)) {
            return true;
        }
    }
    return false;
}

} // namespace

bool ShellCommand::hasOption(QStringView shortLetters, std::initializer_list<QStringView> longOptions) const
{
    for (size_t i = 1; i < words.size(); ++i) {
        const QStringView w = words[i];
        if (w.size() < 2 || w[0] != u'-') {
            continue; // no option (the tests below ask for a leading '-' and, for letters, a second character)
        }
        if (w[1] == u'-') {
            if (w.size() == 2) {
                break; // "--"
            }
            qsizetype eq = 2;
            while (eq < w.size() && w[eq] != u'=') {
                ++eq;
            }
            if (isOneOf(w.first(eq), longOptions)) {
                return true;
            }
        } else if (!shortLetters.isEmpty()) {
            for (qsizetype j = 1; j < w.size(); ++j) {
                for (QChar l : shortLetters) {
                    if (l == w[j]) {
                        return true;
                    }
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
    for (QStringView x : words) {
        if (same(x, w)) {
            return true;
        }
    }
    return false;
}

bool ShellCommand::joinedContains(QStringView needle, Qt::CaseSensitivity cs) const
{
    if (!needle.contains(u' ')) {
        // A match cannot span the joining space: it lies inside one word (or is empty).
        if (needle.isEmpty()) {
            return true;
        }
        // Case-sensitive with a short needle (every rule's): the first unit, then the rest, inline. At most
        // needle.size() comparisons per position, so this stays linear in the words.
        const bool inline_ = cs == Qt::CaseSensitive && needle.size() <= 64;
        const char16_t* nd = needle.utf16();
        const qsizetype m = needle.size();
        for (QStringView w : words) {
            // Qt compares case-insensitively unit by unit, so a shorter word cannot hold the needle either way.
            if (w.size() < m) {
                continue;
            }
            if (!inline_) {
                if (w.contains(needle, cs)) {
                    return true;
                }
                continue;
            }
            const char16_t* p = w.utf16();
            for (qsizetype at = 0, last = w.size() - m; at <= last; ++at) {
                if (p[at] == nd[0] && std::equal(nd + 1, nd + m, p + at + 1)) {
                    return true;
                }
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
        if (w.size() > 1 && w[0] == u'-') {
            if (isOneOf(w, withValue)) {
                ++i; // the option's value
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
        if (w.size() > 1 && w[0] == u'-') {
            if (isOneOf(w, withValue)) {
                ++i; // the option's value
            }
            continue;
        }
        return w;
    }
    return {};
}

QString joinWords(std::span<const QStringView> words, QStringView sep)
{
    if (!words.empty()) {
        // One allocation of the exact size, filled in place.
        qsizetype size = sep.size() * qsizetype(words.size() - 1);
        for (QStringView w : words) {
            size += w.size();
        }
        QString out(size, Qt::Uninitialized);
        QChar* d = out.data();
        for (size_t i = 0; i < words.size(); ++i) {
            if (i > 0) {
                if (sep.size() == 1) {
                    *d++ = sep[0]; // the usual blank: a store, not a call
                } else {
                    d = std::copy(sep.begin(), sep.end(), d);
                }
            }
            d = std::copy(words[i].begin(), words[i].end(), d);
        }
        return out;
    }
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
        if (same(c.name(), program)) {
            return true;
        }
    }
    return false;
}

ShellScript splitShell(QString script)
{
    ShellScript out;
    ShellSplitter(out, std::move(script)).run();
    return out;
}

ShellScript splitShell(QStringView script)
{
    return splitShell(script.toString());
}

} // namespace bulkhead::dockerfile
