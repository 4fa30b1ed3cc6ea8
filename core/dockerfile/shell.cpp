// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dockerfile/shell.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>

// The marks' SSE2 step (x86-64 only: it reads 64-bit lanes); elsewhere a plain loop marks the same stops.
#if defined(__SSE2__) && defined(__x86_64__)
#define BULKHEAD_SHELL_SSE2 1
#include <emmintrin.h>
#endif

// QString literals: comparing with u"..."_s checks the length first and needs no strlen.
using namespace Qt::StringLiterals;

namespace bulkhead::dockerfile {

namespace {

// Character classes, one table look-up per UTF-16 unit instead of a chain of comparisons. The table covers every
// unit (beyond ASCII all 0) so the hot loops need no range test: 128 KiB, of which ASCII text touches 256 bytes.
enum CharClass : std::uint16_t
{
    kBlank = 1,       // space, tab, CR, VT, FF
    kWordEnd = 2,     // ends a word: blanks, newline, ; & | ( ) > <
    kWordSpecial = 4, // ends a run of plain characters: the above plus \ ' " $ `
    kNameStart = 8,   // starts a variable name: ASCII letters and _
    kName = 16,       // continues one: ASCII letters, digits and _
    kOperator = 32,   // a separator between commands: newline ; & | ( )
    kRedirect = 64,   // > <
    kDigit = 128,     // 0-9
    kNul = 256,       // the terminator (or a NUL inside the script)
    kComment = 512,   // #: starts a comment where a word could start
};

// A unit with none of these starts a word that is plain text up to its first kWordSpecial (NUL, digits and every
// unit beyond ASCII included).
constexpr unsigned kNoWordStart = kWordSpecial | kComment;

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
    t[size_t('#')] |= kComment;
    return t;
}

constexpr std::array<std::uint16_t, 65536> kClasses = makeClasses();

// The classes of a UTF-16 unit.
unsigned classOf(char16_t c)
{
    return kClasses[c];
}

bool hasClass(char16_t c, CharClass k)
{
    return (classOf(c) & k) != 0;
}

// What a unit does to a word that reaches it: a byte for every UTF-16 unit (beyond ASCII all kStopNone), 64 KiB, of
// which ASCII text touches the first two cache lines. Non-zero where a run of plain word characters stops.
enum Stop : std::uint8_t
{
    kStopNone = 0,
    kStopSpace = 1,    // ' ': the usual end of a word
    kStopWordEnd = 2,  // other blanks, newline, operators
    kStopRedirect = 3, // > <: also ends a word, which may be the fd number of the redirection
    kStopQuote = 4,    // \ ' " $ `: the word goes on, unquoted
    kStopNul = 5,      // the terminator, or a NUL inside the script (text)
};

constexpr std::array<std::uint8_t, 65536> makeStops()
{
    std::array<std::uint8_t, 65536> t{};
    for (size_t c = 0; c < 128; ++c) {
        const unsigned k = kClasses[c];
        t[c] = c == ' '               ? kStopSpace
               : (k & kRedirect) != 0 ? kStopRedirect
               : (k & kWordEnd) != 0  ? kStopWordEnd
               : (k & kNul) != 0      ? kStopNul
               : (k & kWordSpecial)   ? kStopQuote
                                      : kStopNone;
    }
    return t;
}
constexpr std::array<std::uint8_t, 65536> kStops = makeStops();

// The first index from j (<= n) on whose character is kWordSpecial, or n: the end of a run of plain word characters.
// s[n] is the terminating NUL (ShellSplitter makes sure there is one), so the loop needs no bounds test; a NUL
// inside the script is plain text. Two units per step: the second is read only when the first is no stop, so
// neither the terminator nor anything behind it is passed. (For the words of quotes and redirections; the main
// scan reads the marks below.)
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

// The main scan does not read a word unit by unit: it first marks, 16 units per step, every unit that may end a run of
// plain word characters (a bit per unit), then jumps from mark to mark. Marked are every kWordSpecial unit and NUL,
// plus what range tests take along: the other ASCII control characters, '!', '#', '%' and '=' (and, in the SSE2
// step, units beyond U+7FFF). The scan looks a marked unit up in kStops and goes on past those that are no stop, so
// the marks only need to be a superset of the stops, which are ASCII: that lets the SSE2 step pack two units into a
// byte.
constexpr bool isMarked(char16_t c)
{
    return c <= 0x29 || (c >= 0x3B && c <= 0x3E) || c == 0x5C || c == 0x60 || c == 0x7C;
}

// (makeStops() leaves every unit beyond ASCII kStopNone.)
constexpr bool marksEveryStop()
{
    for (size_t c = 0; c < 128; ++c) {
        if (kStops[c] != kStopNone && !isMarked(char16_t(c))) {
            return false;
        }
    }
    return true;
}
static_assert(marksEveryStop());

// How many units markUnits() marked, and how many of those are neither a blank nor '=': every word ends at a
// distinct marked unit, every command at a distinct one of the others (an operator, or the terminator).
struct MarkCounts
{
    size_t marked;
    size_t commandEnds;
};

#if defined(BULKHEAD_SHELL_SSE2)
// Bytes of 0xFF where the 16 units packed in x are marked. Signed saturation (_mm_packs_epi16) keeps ASCII as it is
// and turns every other unit into 0x7F or 0x80: the signed comparison below takes 0x80 for a control character,
// which only marks a few units more than needed (beyond U+7FFF: the scan looks them up and goes on).
Q_ALWAYS_INLINE __m128i markedBytes(__m128i x)
{
    const __m128i low = _mm_cmpgt_epi8(_mm_set1_epi8(0x2A), x); // controls, blank ! " # $ % & ' ( )
    // ; < = > (0x3B to 0x3E) moved to the bottom of the signed range, where one comparison takes the four
    const __m128i angle = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(char(0x80 - 0x3B))), _mm_set1_epi8(char(0x84)));
    const __m128i bar = _mm_cmpeq_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x7C)); // \ |
    const __m128i tick = _mm_cmpeq_epi8(x, _mm_set1_epi8(0x60));                                   // `
    return _mm_or_si128(_mm_or_si128(low, angle), _mm_or_si128(bar, tick));
}

// Byte masks for the last step: from kKeepTail + 16 - k, bytes k to 15 are kept; from kKeepHead + 16 - k, the first k.
alignas(16) constexpr unsigned char kKeepTail[32] = {0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
                                                     0,    0,    0,    0,    0,    0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                                     0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
alignas(16) constexpr unsigned char kKeepHead[32] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                                     0xff, 0xff, 0xff, 0xff, 0xff, 0,    0,    0,    0,    0,    0,
                                                     0,    0,    0,    0,    0,    0,    0,    0,    0,    0};
#endif

// Marks s[0, n], the terminator included: bit p % 64 of bits[p / 64] for unit p (bits past n clear), and counts.
// Reads no unit past the terminator: the last few are read in a step of 16 that ends at it (counting only the new
// ones), or, in a text shorter than that, from a copy.
MarkCounts markUnits(const char16_t* s, qsizetype n, std::uint64_t* bits)
{
    const qsizetype units = n + 1;
    std::uint64_t word = 0;
    qsizetype k = 0;
#if defined(BULKHEAD_SHELL_SSE2)
    // The counts: a byte per lane for up to four steps (it is subtracted the 0xFF of each marked unit), then added
    // up in the two 64-bit lanes of the totals.
    __m128i marked = _mm_setzero_si128();
    __m128i commandEnds = _mm_setzero_si128();
    __m128i markedTotal = _mm_setzero_si128();
    __m128i commandEndsTotal = _mm_setzero_si128();
    const auto addUp = [&] {
        markedTotal = _mm_add_epi64(markedTotal, _mm_sad_epu8(marked, _mm_setzero_si128()));
        commandEndsTotal = _mm_add_epi64(commandEndsTotal, _mm_sad_epu8(commandEnds, _mm_setzero_si128()));
        marked = _mm_setzero_si128();
        commandEnds = _mm_setzero_si128();
    };
    const auto step = [&](const char16_t* p, __m128i keep) {
        const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 8));
        const __m128i x = _mm_packs_epi16(lo, hi);
        const __m128i m = _mm_and_si128(markedBytes(x), keep);
        const __m128i loose =
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(x, _mm_set1_epi8('=')));
        marked = _mm_sub_epi8(marked, m);
        commandEnds = _mm_sub_epi8(commandEnds, _mm_andnot_si128(loose, m));
        return std::uint64_t(unsigned(_mm_movemask_epi8(m)));
    };
    const __m128i all = _mm_set1_epi8(char(0xff));
    for (; k + 64 <= units; k += 64) {
        bits[k >> 6] =
            step(s + k, all) | step(s + k + 16, all) << 16 | step(s + k + 32, all) << 32 | step(s + k + 48, all) << 48;
        addUp();
    }
    for (; k + 16 <= units; k += 16) {
        word |= step(s + k, all) << (k & 63);
    }
    if (k < units) {
        std::uint64_t m = 0;
        if (units >= 16) {
            // The 16 units that end at the terminator, of which those from k on are new.
            const qsizetype shift = k - (units - 16);
            m = step(s + units - 16, _mm_loadu_si128(reinterpret_cast<const __m128i*>(kKeepTail + 16 - shift))) >>
                shift;
        } else {
            char16_t copy[16] = {};
            std::copy_n(s, units, copy); // (k == 0)
            m = step(copy, _mm_loadu_si128(reinterpret_cast<const __m128i*>(kKeepHead + 16 - units)));
        }
        bits[k >> 6] = word | m << (k & 63);
    } else if ((k & 63) != 0) {
        bits[k >> 6] = word;
    }
    addUp();
    const auto total = [](__m128i sums) {
        return size_t(_mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
    };
    return {total(markedTotal), total(commandEndsTotal)};
#else
    MarkCounts counts{0, 0};
    for (; k < units; ++k) {
        if (isMarked(s[k])) {
            word |= std::uint64_t(1) << (k & 63);
            ++counts.marked;
            counts.commandEnds += s[k] != u' ' && s[k] != u'=';
        }
        if ((k & 63) == 63 || k + 1 == units) {
            bits[k >> 6] = word;
            word = 0;
        }
    }
    return counts;
#endif
}

// The first marked unit from p (<= n) on: there is one, the terminator.
Q_ALWAYS_INLINE qsizetype nextMark(const std::uint64_t* bits, qsizetype p)
{
    std::uint64_t m = bits[p >> 6] >> (p & 63);
    while (m == 0) {
        p = (p | 63) + 1;
        m = bits[p >> 6];
    }
    return p + std::countr_zero(m);
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

// Whether a word is an fd number: digits only (before a redirection).
bool isFdNumber(QStringView w)
{
    return !w.isEmpty() && std::all_of(w.begin(), w.end(), [](QChar ch) { return isDigit(ch.unicode()); });
}

// What a word before a command's program can be. The three sets are disjoint.
enum class Role : unsigned char
{
    None,
    Keyword,   // skipped: if then else elif fi do done while until ! { } esac
    SkipWhole, // the whole command is skipped: for case select function
    Wrapper,   // stripped with its options: sudo env nohup exec time command xargs
};

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
// (Other unless the name is one of ShellProgram's).
struct WordInfo
{
    Role role;
    ShellProgram kind;
};

// The words of two to eight units that have a role or a kind, in a table that a multiplicative hash of the first two
// units, the last one and the size indexes without collisions (checked when the table is made): one probe and one
// comparison tell any word. Of the rest, one-unit keywords are tested directly and pip/python by their prefix.
struct KnownWord
{
    char16_t text[8]; // zero-padded
    std::uint8_t size;
    Role role;
    ShellProgram kind;
};

constexpr unsigned knownSlot(char16_t first, char16_t second, char16_t last, size_t size)
{
    const std::uint32_t key =
        (std::uint32_t(first) | std::uint32_t(second) << 16) ^ std::uint32_t(last) << 5 ^ std::uint32_t(size) << 11;
    return unsigned(std::uint32_t(key * 0xb7cd09adu) >> 26);
}

constexpr std::array<KnownWord, 64> makeKnownWords()
{
    using P = ShellProgram;
    struct Entry
    {
        const char16_t* text;
        Role role;
        ShellProgram kind;
    };
    constexpr Entry entries[] = {
        {u"if", Role::Keyword, P::Other},
        {u"fi", Role::Keyword, P::Other},
        {u"do", Role::Keyword, P::Other},
        {u"then", Role::Keyword, P::Other},
        {u"else", Role::Keyword, P::Other},
        {u"elif", Role::Keyword, P::Other},
        {u"done", Role::Keyword, P::Other},
        {u"esac", Role::Keyword, P::Other},
        {u"while", Role::Keyword, P::Other},
        {u"until", Role::Keyword, P::Other},
        {u"for", Role::SkipWhole, P::Other},
        {u"case", Role::SkipWhole, P::Other},
        {u"select", Role::SkipWhole, P::Other},
        {u"function", Role::SkipWhole, P::Other},
        {u"env", Role::Wrapper, P::Other},
        {u"sudo", Role::Wrapper, P::Other},
        {u"exec", Role::Wrapper, P::Other},
        {u"time", Role::Wrapper, P::Other},
        {u"nohup", Role::Wrapper, P::Other},
        {u"xargs", Role::Wrapper, P::Other},
        {u"command", Role::Wrapper, P::Other},
        {u"go", Role::None, P::Go},
        {u"rm", Role::None, P::Rm},
        {u"apt", Role::None, P::Apt},
        {u"apk", Role::None, P::Apk},
        {u"dnf", Role::None, P::Dnf},
        {u"gem", Role::None, P::Gem},
        {u"npm", Role::None, P::Npm},
        {u"yum", Role::None, P::Yum},
        {u"curl", Role::None, P::Curl},
        {u"wget", Role::None, P::Wget},
        {u"yarn", Role::None, P::Yarn},
        {u"zypper", Role::None, P::Zypper},
        {u"apt-get", Role::None, P::AptGet},
        {u"microdnf", Role::None, P::Microdnf},
    };
    std::array<KnownWord, 64> t{};
    for (const Entry& e : entries) {
        size_t size = 0;
        while (e.text[size] != 0) {
            ++size;
        }
        if (size < 2 || size > 8 || e.text[0] == u'p') {
            throw "a known word is looked up otherwise"; // not a constant expression: fails the build
        }
        KnownWord& slot = t[knownSlot(e.text[0], e.text[1], e.text[size - 1], size)];
        if (slot.size != 0) {
            throw "two known words share a slot: choose another hash factor";
        }
        for (size_t k = 0; k < size; ++k) {
            slot.text[k] = e.text[k];
        }
        slot.size = std::uint8_t(size);
        slot.role = e.role;
        slot.kind = e.kind;
    }
    return t;
}

constexpr std::array<KnownWord, 64> kKnownWords = makeKnownWords();

// For each ASCII first unit, bit s set when a known word of s units starts with it: most words are told apart from
// the known ones by this one look-up, before the hash.
constexpr std::array<std::uint16_t, 128> makeKnownFirstUnits()
{
    std::array<std::uint16_t, 128> t{};
    for (const KnownWord& k : kKnownWords) {
        if (k.size != 0) {
            t[k.text[0]] |= std::uint16_t(1u << k.size);
        }
    }
    return t;
}

constexpr std::array<std::uint16_t, 128> kKnownFirstUnits = makeKnownFirstUnits();

template<typename T> T loadUnits(const char16_t* p)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v;
}

// Whether the `size` (2 to 8) units at a and b are the same: two loads of each, overlapping when size is not 4 or 2.
Q_ALWAYS_INLINE bool sameUnits(const char16_t* a, const char16_t* b, qsizetype size)
{
    if (size >= 4) {
        return loadUnits<std::uint64_t>(a) == loadUnits<std::uint64_t>(b) &&
               loadUnits<std::uint64_t>(a + size - 4) == loadUnits<std::uint64_t>(b + size - 4);
    }
    return loadUnits<std::uint32_t>(a) == loadUnits<std::uint32_t>(b) &&
           loadUnits<std::uint32_t>(a + size - 2) == loadUnits<std::uint32_t>(b + size - 2);
}

Q_ALWAYS_INLINE WordInfo lookupWord(QStringView word)
{
    using P = ShellProgram;
    const char16_t* w = word.utf16();
    const qsizetype size = word.size();
    if (size >= 3 && w[0] == u'p') {
        // No keyword or wrapper starts with 'p'.
        return {Role::None,
                isVersioned(word, u"pip"_s)      ? P::Pip
                : isVersioned(word, u"python"_s) ? P::Python
                                                 : P::Other};
    }
    if (size_t(size) - 2 > 6) { // outside 2 to 8 (0 and 1 wrap around)
        return {size == 1 && (w[0] == u'!' || w[0] == u'{' || w[0] == u'}') ? Role::Keyword : Role::None, P::Other};
    }
    if (w[0] >= 128 || ((kKnownFirstUnits[w[0]] >> size) & 1) == 0) {
        return {Role::None, P::Other};
    }
    const KnownWord& k = kKnownWords[knownSlot(w[0], w[1], w[size - 1], size_t(size))];
    if (k.size != size || !sameUnits(w, k.text, size)) {
        return {Role::None, P::Other};
    }
    return {k.role, k.kind};
}

// Four blanks in a row, as one load compares them (line continuations joined with their indentation make runs).
constexpr char16_t kFourBlanks[4] = {u' ', u' ', u' ', u' '};

} // namespace

class ShellSplitter
{
    // The marks of a script up to this many units live on the stack.
    static constexpr size_t kStackMarkWords = 32;

public:
    // Splits into `out`, which the caller returns (no move of the result).
    ShellSplitter(ShellScript& out, QString text) : m_out(out)
    {
        m_out.m_text = std::move(text);
        if (!m_out.m_text.isEmpty()) {
            // The scans need the terminator: allocated text has it (QString::utf16() returns such data as it is),
            // utf16() makes fromRawData() text a terminated copy.
            m_s = m_out.m_text.data_ptr().isMutable() ? QStringView(m_out.m_text)
                                                      : QStringView(m_out.m_text.utf16(), m_out.m_text.size());
        }
    }
    ShellSplitter(const ShellSplitter&) = delete;
    ShellSplitter& operator=(const ShellSplitter&) = delete;

    // Inline: splitShell() is its one caller, and the split's setup then shares that frame.
    Q_ALWAYS_INLINE void run()
    {
        const qsizetype n = m_s.size();
        if (n == 0) {
            return;
        }
        const char16_t* s = m_s.utf16();

        std::uint64_t stackMarks[kStackMarkWords];
        std::unique_ptr<std::uint64_t[]> heapMarks;
        std::uint64_t* marks = stackMarks;
        if (size_t(n) / 64 + 1 > kStackMarkWords) {
            heapMarks = std::make_unique_for_overwrite<std::uint64_t[]>(size_t(n) / 64 + 1);
            marks = heapMarks.get();
        }
        const MarkCounts counts = markUnits(s, n, marks);

        // The script's block, allocated once, big enough for every word and command the marks and the length allow (the
        // words and commands go straight where they stay): every word ends at a distinct marked unit (a blank, an
        // operator or a redirection, or the terminator), and every command but the last at an operator, which is marked
        // and no blank or '=', the last at the terminator, likewise. The marks also count units that end no word ('!',
        // '$', quotes, control characters, ...), so the counts are capped by what the text allows: a word takes a unit
        // and two words one between them, and a command a word and a separator (a script of 4 MiB of '!' would
        // otherwise ask for half a gigabyte).
        const size_t most = size_t(n) / 2 + 2;
        m_most = std::min(counts.marked, most);
        const size_t mostCommands = std::min(counts.commandEnds, most);
        m_commandCap = mostCommands;
        m_out.m_storage = std::make_unique_for_overwrite<std::byte[]>(
            mostCommands * sizeof(ShellCommand) + m_most * (sizeof(QStringView) + sizeof(qsizetype)));
        std::byte* block = m_out.m_storage.get();
        m_commands = reinterpret_cast<ShellCommand*>(block);
        m_views = reinterpret_cast<QStringView*>(block + mostCommands * sizeof(ShellCommand));
        m_offsets = reinterpret_cast<qsizetype*>(m_views + m_most);

        // The scan's state is in locals, the commands' in members: the loop keeps these in registers.
        QStringView* view = m_views;   // the next word's view
        qsizetype* offset = m_offsets; // and offset
        QStringView* const viewsEnd = m_views + m_most;
        const auto push = [&view, &offset, viewsEnd](const char16_t* text, qsizetype size, qsizetype at) {
            // The block has room for every word by the argument above; should it ever be wrong, a word is dropped
            // rather than written past the block (hostile scripts reach here; one compare per word).
            if (view == viewsEnd) [[unlikely]] {
                Q_ASSERT(false);
                return;
            }
            std::construct_at(view, text, size);
            *offset = at;
            ++view;
            ++offset;
        };
        // A word read by readQuoted(), or one with marks inside: not plain, and maybe an fd number.
        const auto pushOther = [&](QStringView word, qsizetype start, qsizetype next) {
            if (size_t(view - m_views) == m_commandStart) {
                m_firstPlain = false;
            }
            if ((s[next] == u'>' || s[next] == u'<') && isFdNumber(word)) {
                return; // the fd number of a redirection; the operator is handled next round
            }
            push(word.utf16(), word.size(), start);
        };

        qsizetype i = 0;
        while (i < n) {
            const char16_t c = s[i];
            const unsigned k = classOf(c);
            if ((k & kNoWordStart) == 0) {
                // A word: plain text up to its first stop, found from mark to mark. Most are followed by one blank
                // and another word (an unmarked unit), read right here.
                qsizetype start = i;
                qsizetype j = nextMark(marks, i + 1);
                while (s[j] == u' ') {
                    qsizetype p = j + 1;
                    std::uint64_t m = marks[p >> 6] >> (p & 63);
                    if (m & 1) {
                        break; // no word after the blank
                    }
                    push(s + start, j - start, start);
                    start = p;
                    // The next mark after p (its own bit is clear).
                    while (m == 0) {
                        p = (p | 63) + 1;
                        m = marks[p >> 6];
                    }
                    j = p + std::countr_zero(m);
                }
                unsigned stop = kStops[s[j]];
                if (stop == kStopSpace) {
                    push(s + start, j - start, start);
                    i = j + 1;
                    continue;
                }
                if (stop == kStopWordEnd) {
                    push(s + start, j - start, start);
                    i = j;
                    continue;
                }
                // A mark that is no stop ('=', a NUL inside the script, ...), a quote or escape, a redirection or the
                // end: rarer.
                while (stop == kStopNone || (stop == kStopNul && j < n)) {
                    j = nextMark(marks, j + 1);
                    stop = kStops[s[j]];
                    if (size_t(view - m_views) == m_commandStart) {
                        m_firstPlain = false;
                    }
                }
                if (stop == kStopQuote) {
                    const Read r = readQuoted(start, j);
                    i = std::min(r.end, n); // a trailing backslash steps past the end; the loop ends either way
                    pushOther(r.word, start, i);
                    continue;
                }
                if (stop == kStopRedirect || stop == kStopNul) {
                    i = j;
                    pushOther(QStringView(s + start, j - start), start, i);
                    continue;
                }
                push(s + start, j - start, start); // a blank or an operator after marks inside
                i = j;
                continue;
            }
            if (k & kBlank) {
                ++i;
                if (hasClass(s[i], kBlank)) { // the terminator ends the run
                    while (i + 4 <= n && loadUnits<std::uint64_t>(s + i) == loadUnits<std::uint64_t>(kFourBlanks)) {
                        i += 4;
                    }
                    while (hasClass(s[i], kBlank)) {
                        ++i;
                    }
                }
                continue;
            }
            if (k & kOperator) {
                const char16_t d = s[i + 1]; // (the terminator after the last unit)
                if (c == u'&' && d == u'>') {
                    // &> file: a redirection
                    i = skipRedirectTarget(i + 2);
                    continue;
                }
                // && || ;; |& are two units; | and |& feed the next command.
                qsizetype len = 1;
                bool pipe = false;
                if (c == u'|') {
                    len = d == u'|' || d == u'&' ? 2 : 1;
                    pipe = d != u'|';
                } else if (d == c && (c == u'&' || c == u';')) {
                    len = 2;
                }
                const size_t next = separate(size_t(view - m_views), QStringView(s + i, len), pipe);
                view = m_views + next;
                offset = m_offsets + next;
                i += len;
                if (s[i] == u' ') {
                    ++i; // the usual blank after an operator
                }
                continue;
            }
            if (k & kRedirect) {
                i = skipRedirect(i);
                continue;
            }
            if (c == u'\\' && s[i + 1] == u'\n') {
                i += 2; // line continuation
                continue;
            }
            if (c == u'#') {
                while (i < n && s[i] != u'\n') {
                    ++i;
                }
                continue;
            }
            // A word that starts with a quote, an escape, '$' or '`'.
            const qsizetype start = i;
            const Read r = readQuoted(i, i);
            i = std::min(r.end, n);
            pushOther(r.word, start, i);
        }
        separate(size_t(view - m_views), {}, false);
        Q_ASSERT(size_t(view - m_views) <= m_most && m_commandCount <= mostCommands);
        m_out.commands = {m_commands, m_commandCount};
        m_out.hasPipe = m_hasPipe;
        m_out.programs = m_programs;
    }

private:
    // The wrapper array, in the script's second block (made when the script has its first wrapper or unquoted word).
    QStringView* wrappers()
    {
        if (!m_wrappers) {
            makeExtra();
        }
        return m_wrappers;
    }

    // The script's second block: room for as many wrappers as words, then the unquoted text (never longer than the
    // script). Most scripts need none.
    Q_NEVER_INLINE void makeExtra()
    {
        m_out.m_extra = std::make_unique_for_overwrite<std::byte[]>(m_most * sizeof(QStringView) +
                                                                    size_t(m_s.size()) * sizeof(char16_t));
        m_wrappers = reinterpret_cast<QStringView*>(m_out.m_extra.get());
        m_buf = reinterpret_cast<char16_t*>(m_wrappers + m_most);
        m_cap = m_s.size();
    }

    // A separator (or the end, with an empty one): ends the command whose words are [m_commandStart, end), and
    // returns where the next command's words go. Most commands start with their program, named without a path: one
    // look-up of the first word tells, and the command is kept here; the rest are stripped of keywords, assignments
    // and wrappers by stripCommand().
    Q_ALWAYS_INLINE size_t separate(size_t end, QStringView op, bool pipe)
    {
        const size_t start = m_commandStart;
        if (start != end) {
            const QStringView first = m_views[start];
            const WordInfo info = lookupWord(first);
            // (No known name has a '/', and a plain first word no '=': it is no assignment.)
            if (info.role == Role::None && m_firstPlain &&
                (info.kind != ShellProgram::Other || baseName(first).size() == first.size())) [[likely]] {
                keep(start, end, 0, 0, first, info.kind, pipe);
            } else {
                end = stripCommand(start, end, info, pipe);
            }
            m_commandStart = end;
        }
        m_firstPlain = true;
        m_sepIsPipe = pipe;
        m_hasPipe |= pipe;
        m_sep = op;
        return end;
    }

    // Keeps the command whose program is word `program` (== end: none) and whose words end at `end`.
    Q_ALWAYS_INLINE void keep(size_t program,
                              size_t end,
                              size_t assignments,
                              size_t assignmentCount,
                              QStringView name,
                              ShellProgram kind,
                              bool pipedTo,
                              size_t wrapperCount = 0)
    {
        if (m_commandCount == m_commandCap) [[unlikely]] {
            Q_ASSERT(false); // cannot happen (see run()); a command is dropped rather than written past the block
            return;
        }
        m_programs |= shellProgramBit(kind);
        std::construct_at(
            m_commands + m_commandCount,
            ShellCommand{.words = {m_views + program, end - program},
                         .offsets = {m_offsets + program, end - program},
                         // (Empty spans stay null: most commands have neither.)
                         .wrappers = wrapperCount == 0
                                         ? std::span<const QStringView>()
                                         : std::span<const QStringView>(m_wrappers + (m_wrapperCount - wrapperCount),
                                                                        wrapperCount),
                         .assignments = assignmentCount == 0
                                            ? std::span<const QStringView>()
                                            : std::span<const QStringView>(m_views + assignments, assignmentCount),
                         .pipedFrom = m_sepIsPipe,
                         .pipedTo = pipedTo,
                         .separatorBefore = m_sep,
                         .program = name,
                         .kind = kind});
        ++m_commandCount;
    }

    // Strips keywords, assignments and wrappers off the command whose words are [start, end) (info: the first
    // word's look-up), the general way, and keeps it unless it is none. Returns where the next command's words go.
    Q_NEVER_INLINE size_t stripCommand(size_t start, size_t end, WordInfo info, bool pipedTo)
    {
        const QStringView* word = m_views;
        size_t k = start;
        while (info.role == Role::Keyword && ++k < end) {
            info = lookupWord(word[k]);
        }
        if (k < end && info.role == Role::SkipWhole) {
            return start; // its words are not kept
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
            std::construct_at(wrappers() + m_wrapperCount, base);
            ++m_wrapperCount;
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
            return start; // assignments alone make no command
        }
        keep(k,
             end,
             assignments,
             assignmentCount,
             k < end ? program : QStringView(),
             k < end ? info.kind : ShellProgram::Other,
             pipedTo,
             wrapperCount);
        return end;
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
            makeExtra();
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

    ShellScript& m_out;
    QStringView m_s;   // m_out.m_text
    size_t m_most = 0; // the words the block has room for (and the wrapper array)
    // The commands read so far: the arrays in the script's blocks, where the current one starts, the separator
    // before it.
    ShellCommand* m_commands = nullptr;
    QStringView* m_views = nullptr;
    qsizetype* m_offsets = nullptr;
    QStringView* m_wrappers = nullptr; // null until a script has a wrapper or an unquoted word
    size_t m_commandCount = 0;
    size_t m_commandCap = 0;   // the commands the block has room for
    size_t m_commandStart = 0; // the first word of the command being read
    size_t m_wrapperCount = 0;
    std::uint32_t m_programs = 0;
    QStringView m_sep; // a slice of the script, so separators cost no allocation
    bool m_sepIsPipe = false;
    bool m_hasPipe = false;
    // Whether the command's first word was read without meeting a mark past its first unit: then it holds no '='
    // (so is no assignment) and no quote.
    bool m_firstPlain = true;
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
