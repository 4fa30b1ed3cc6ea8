// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dockerfile/parser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <iterator>

// QString literals: comparing with u"..."_s checks the length first and needs no strlen.
using namespace Qt::StringLiterals;

namespace bulkhead::dockerfile {

namespace {

QString trParse(const char* s)
{
    return QCoreApplication::translate("Dockerfile", s);
}

bool isSpace(QChar c)
{
    // ' ', '\t', '\v' and '\f' as bits of one mask: a comparison, a shift and a test instead of four comparisons.
    constexpr quint64 kSpaces =
        (quint64(1) << u' ') | (quint64(1) << u'\t') | (quint64(1) << u'\v') | (quint64(1) << u'\f');
    return c.unicode() <= u' ' && ((kSpaces >> c.unicode()) & 1) != 0;
}

qsizetype leadingSpace(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && isSpace(s[i])) {
        ++i;
    }
    return i;
}

QStringView rtrim(QStringView s)
{
    qsizetype e = s.size();
    while (e > 0 && isSpace(s[e - 1])) {
        --e;
    }
    return s.first(e);
}

// [A-Za-z_] (bit 1) and [A-Za-z0-9_] (bit 2) by ASCII code: one load instead of five comparisons per character.
constexpr auto kNameClass = [] {
    std::array<unsigned char, 128> t{};
    for (int c = 0; c < 128; ++c) {
        const bool start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        t[size_t(c)] = (start ? 1 : 0) | (start || (c >= '0' && c <= '9') ? 2 : 0);
    }
    return t;
}();

bool isNameStart(QChar c)
{
    return c.unicode() < 128 && (kNameClass[c.unicode()] & 1) != 0;
}

bool isNameChar(QChar c)
{
    return c.unicode() < 128 && (kNameClass[c.unicode()] & 2) != 0;
}

// Index of the first `c` in `s` at or after `from`, or -1; four UTF-16 units at a time. The library's search is
// vectorised too, but its call and dispatch cost more than the whole search in the short strings of a Dockerfile.
qsizetype findChar(QStringView s, char16_t c, qsizetype from = 0)
{
    const char16_t* const begin = s.utf16();
    const char16_t* p = begin + from;
    const char16_t* const end = begin + s.size();
    if constexpr (std::endian::native == std::endian::little) {
        // Longer strings (RUN scripts): memchr() for the low byte is much faster still; a hit is `c` when it is at
        // the start of a unit and the high byte is zero (an odd hit, or U+xx24 for '$', is skipped).
        if (c < 0x100 && end - p >= 16) {
            const auto* bytes = reinterpret_cast<const unsigned char*>(p);
            const auto* const bytesEnd = reinterpret_cast<const unsigned char*>(end);
            while (bytes < bytesEnd) {
                const void* hit = std::memchr(bytes, c, size_t(bytesEnd - bytes));
                if (!hit) {
                    return -1;
                }
                const auto* h = static_cast<const unsigned char*>(hit);
                const qsizetype byteOffset = h - reinterpret_cast<const unsigned char*>(begin);
                if (byteOffset % 2 == 0 && h + 1 < bytesEnd && h[1] == 0) {
                    return byteOffset / 2;
                }
                bytes = h + 1;
            }
            return -1;
        }
    }
    constexpr quint64 kOnes = 0x0001000100010001ULL;
    constexpr quint64 kHigh = 0x8000800080008000ULL;
    const quint64 pattern = kOnes * c;
    while (end - p >= 4) {
        quint64 v;
        std::memcpy(&v, p, sizeof v);
        v ^= pattern; // a lane that held `c` is now zero
        // The lowest lane flagged here is the first zero lane (higher ones can be flagged by a borrow, lower never).
        const quint64 zero = (v - kOnes) & ~v & kHigh;
        if (zero != 0) {
            return (p - begin) + std::countr_zero(zero) / 16;
        }
        p += 4;
    }
    for (; p < end; ++p) {
        if (*p == c) {
            return p - begin;
        }
    }
    return -1;
}

bool containsChar(QStringView s, char16_t c)
{
    return findChar(s, c) >= 0;
}

// The strings the parser makes (arguments, flag values, pairs, exec-form words, comments, expansions) are many and
// short. Instead of a heap block each, they are copied one after the other into a few large blocks, each ended by a
// '\0' as QString's own data is, and each QString refers to its slice of a block: a QString's data pointer may point
// anywhere inside its block (Qt makes such strings itself, e.g. after remove(0, n)), and the block's reference count
// keeps the block alive as long as any string of it is, so nothing dangles. One allocation per block instead of one
// per string, and destroying a string only drops a reference. A string that is changed later detaches as usual (its
// block is shared); should it be the last one of its block, growing in place only overwrites slices nobody holds.
//
// The slices' references are counted in one step per block, not one atomic increment each (a locked instruction
// costs as much as copying a short string): a new block's count starts at kBias above the arena's own reference,
// with a plain store (nobody else has the block yet); each slice made is counted here; when the arena leaves the
// block (a new block, or the arena's end) one atomic add turns the bias into that number. Until then the count
// cannot reach zero: slices copied and destroyed meanwhile move it by one each, atomically as usual, and fewer
// slices are ever destroyed than were made, which is far fewer than kBias. The first block (the file's decoded text,
// which every instruction refers to) keeps its bias until the arena's end, so copies of its strings are counted
// likewise (share()).
class StringArena
{
public:
    StringArena() = default;
    ~StringArena()
    {
        settle(m_header, m_made);
        if (m_firstHeader != m_header) {
            settle(m_firstHeader, m_firstMade);
        }
    }
    StringArena(const StringArena&) = delete;
    StringArena& operator=(const StringArena&) = delete;

    // The first block, sized to the text (a file's strings together are about as long as the file): usually the only
    // one.
    void setFirstBlock(qsizetype n) { m_nextBlock = std::clamp<qsizetype>(n, kMinBlock, kMaxFirstBlock); }

    // `s` as a string: null or empty as QStringView::toString() makes them, else a slice of a block.
    [[gnu::always_inline]] QString make(QStringView s)
    {
        if (s.isEmpty()) {
            return s.toString();
        }
        char16_t* const p = room(s.size());
        std::memcpy(p, s.utf16(), size_t(s.size()) * sizeof(char16_t));
        return commit(p, s.size());
    }

    // room(n) in a new first block with `spare` characters more (clamped as setFirstBlock() does) for the strings
    // made after these: the file's decoded text and its strings share one allocation.
    char16_t* firstRoom(qsizetype n, qsizetype spare)
    {
        newBlock(n + 1 + std::clamp<qsizetype>(spare, kMinBlock, kMaxFirstBlock));
        return m_next;
    }

    // Space for `n` characters; fill at most `n` of them, then commit() exactly once before anything else is made.
    [[gnu::always_inline]] char16_t* room(qsizetype n)
    {
        if (m_end - m_next < n + 1) {
            newBlock(n + 1);
        }
        return m_next;
    }

    // make(), also telling whether `s` holds a '$' and a '<': found while copying (eight units a step), instead of
    // two more passes over the text later.
    [[gnu::always_inline]] QString makeScanning(QStringView s, bool& dollar, bool& lt)
    {
        dollar = false;
        lt = false;
        const qsizetype n = s.size();
        if (n == 0) {
            return s.toString();
        }
        char16_t* const p = room(n);
        const char16_t* const in = s.utf16();
#if defined(__SSE2__)
        if (n >= 8) {
            const __m128i dollars = _mm_set1_epi16(short(u'$'));
            const __m128i lts = _mm_set1_epi16(short(u'<'));
            __m128i seenDollar = _mm_setzero_si128();
            __m128i seenLt = _mm_setzero_si128();
            const auto step = [&](qsizetype at) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + at));
                _mm_storeu_si128(reinterpret_cast<__m128i*>(p + at), v);
                seenDollar = _mm_or_si128(seenDollar, _mm_cmpeq_epi16(v, dollars));
                seenLt = _mm_or_si128(seenLt, _mm_cmpeq_epi16(v, lts));
            };
            qsizetype i = 0;
            for (; i + 8 <= n; i += 8) {
                step(i);
            }
            if (i < n) {
                step(n - 8); // the last eight units again, overlapping: same characters, same answer
            }
            dollar = _mm_movemask_epi8(seenDollar) != 0;
            lt = _mm_movemask_epi8(seenLt) != 0;
            return commit(p, n);
        }
#endif
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = in[i];
            p[i] = c;
            dollar |= c == u'$';
            lt |= c == u'<';
        }
        return commit(p, n);
    }

    // The string of the first `n` characters at `p` (from room(); n > 0).
    QString commit(char16_t* p, qsizetype n)
    {
        p[n] = u'\0';
        m_next = p + n + 1;
        ++m_made; // the reference is the bias's until settle()
        return QString(QString::DataPointer(m_header, p, n));
    }

    // `to` (null) becomes a copy of `from`: counted with its block when that is the current or the first one (no
    // atomic increment), else copied as usual.
    [[gnu::always_inline]] void share(QString& to, const QString& from)
    {
        Q_ASSERT(to.isNull());
        // (d_ptr() is not const; QString::data_ptr() only hands out the member, nothing detaches)
        QTypedArrayData<char16_t>* const header = const_cast<QString&>(from).data_ptr().d_ptr();
        if (header == m_header && header != nullptr) {
            ++m_made;
        } else if (header == m_firstHeader && header != nullptr) {
            ++m_firstMade;
        } else {
            to.data_ptr() = from.data_ptr(); // (QString's copy assignment is a library call)
            return;
        }
        to.data_ptr() = QString::DataPointer(header, const_cast<char16_t*>(from.data_ptr().data()), from.size());
    }

private:
    // Replaces a block's bias by the number of slices made of it.
    static void settle(QTypedArrayData<char16_t>* header, int& made)
    {
        if (header != nullptr) {
            header->ref_.fetchAndAddRelaxed(made - kBias);
            made = 0;
        }
    }

    [[gnu::noinline]] void newBlock(qsizetype need)
    {
        if (m_header != nullptr && m_header == m_firstHeader) {
            m_firstMade = m_made; // the first block's count waits for the arena's end
        } else {
            settle(m_header, m_made);
        }
        m_block = QString(std::max(need, m_nextBlock), Qt::Uninitialized);
        m_nextBlock = kLaterBlocks;
        m_header = m_block.data_ptr().d_ptr();
        m_next = reinterpret_cast<char16_t*>(m_block.data()); // unshared here: no detach
        m_end = m_next + m_block.size();
        // Ours alone (just allocated, one reference: m_block's): a plain store, see the class comment. (After
        // data(), which would detach a block with more than one reference.)
        Q_ASSERT(m_header->ref_.loadRelaxed() == 1);
        m_header->ref_.storeRelaxed(1 + kBias);
        m_made = 0;
        if (m_firstHeader == nullptr) {
            m_firstHeader = m_header;
        }
    }

    // Above the slices a block can have (one per two characters of it, at most 2^30 characters) and the copies made
    // while the parse runs, below INT_MAX with them.
    static constexpr int kBias = 1 << 30;
    static constexpr qsizetype kMinBlock = 1024;
    static constexpr qsizetype kMaxFirstBlock = 1 << 16;
    static constexpr qsizetype kLaterBlocks = 1 << 14;
    QString m_block; // holds one reference to the current block
    QTypedArrayData<char16_t>* m_header = nullptr;
    char16_t* m_next = nullptr;
    char16_t* m_end = nullptr;
    qsizetype m_nextBlock = kMinBlock;
    int m_made = 0;                                     // slices of the current block made since it was started
    QTypedArrayData<char16_t>* m_firstHeader = nullptr; // the first block, biased until the end
    int m_firstMade = 0;                                // its slices, once it is no longer the current block
};

// The instruction keywords, upper case, indexed by InstructionKind. Static data: an instruction's `keyword` (and its
// `written` when it is written in upper case, as nearly all are) shares them instead of allocating a copy.
const QString kKeywordTexts[]{
    QString(),
    QStringLiteral("FROM"),
    QStringLiteral("RUN"),
    QStringLiteral("CMD"),
    QStringLiteral("LABEL"),
    QStringLiteral("MAINTAINER"),
    QStringLiteral("EXPOSE"),
    QStringLiteral("ENV"),
    QStringLiteral("ADD"),
    QStringLiteral("COPY"),
    QStringLiteral("ENTRYPOINT"),
    QStringLiteral("VOLUME"),
    QStringLiteral("USER"),
    QStringLiteral("WORKDIR"),
    QStringLiteral("ARG"),
    QStringLiteral("ONBUILD"),
    QStringLiteral("STOPSIGNAL"),
    QStringLiteral("HEALTHCHECK"),
    QStringLiteral("SHELL"),
};
static_assert(std::size(kKeywordTexts) == size_t(InstructionKind::Shell) + 1);

const QString& keywordText(InstructionKind k)
{
    return kKeywordTexts[size_t(k)];
}

// The kind a keyword names, in any case ("run", "Run"); Unknown for anything that is not a Dockerfile instruction.
// `upperCase` tells whether the keyword was written in upper case already (it then equals keywordText()).
// Keywords are letters and the caller's scan stops at anything but [A-Za-z0-9_], so `c | 0x20` (ASCII lower case
// for letters, and never a letter for a digit or '_') compares case-insensitively; only the keywords of the given
// length are tried, most frequent first.
InstructionKind kindOf(QStringView kw, bool* upperCase = nullptr)
{
    using K = InstructionKind;
    static constexpr K kByLength[12][5]{
        {},
        {},
        {},
        {K::Run, K::Env, K::Arg, K::Cmd, K::Add},
        {K::Copy, K::From, K::User},
        {K::Label, K::Shell},
        {K::Expose, K::Volume},
        {K::Workdir, K::Onbuild},
        {},
        {},
        {K::Entrypoint, K::Maintainer, K::Stopsignal},
        {K::Healthcheck},
    };
    if (upperCase) {
        *upperCase = false;
    }
    const qsizetype n = kw.size();
    if (n <= 0 || n >= qsizetype(std::size(kByLength))) {
        return K::Unknown;
    }
    const char16_t* const p = kw.utf16();
    for (const K k : kByLength[n]) {
        if (k == K::Unknown) {
            break;
        }
        const char16_t* const text = QStringView(keywordText(k)).utf16();
        char16_t bits = 0; // every character ORed: bit 0x20 is set when one of them was a lower-case letter
        qsizetype i = 0;
        while (i < n && (p[i] | 0x20) == (text[i] | 0x20)) {
            bits |= p[i];
            ++i;
        }
        if (i == n) {
            if (upperCase) {
                *upperCase = (bits & 0x20) == 0;
            }
            return k;
        }
    }
    return K::Unknown;
}

// The keywords of up to four characters (nearly all instructions: RUN, COPY, ENV, FROM, ...) four UTF-16 units at a
// time: kindOf() for a keyword `logical.first(n)` whose line holds at least four units. The keyword's units are
// name characters (the caller's scan stops at anything else), so ORing 0x20 into each lowers letters and never turns
// a digit or '_' into one, as in kindOf().
InstructionKind shortKindOf(QStringView logical, qsizetype n, bool* upperCase)
{
    using K = InstructionKind;
    struct Candidate
    {
        quint64 lower; // the keyword's units, each ORed with 0x20, unit i at bits 16 * i
        K kind;
    };
    constexpr auto pack = [](const char16_t* s, int len) {
        quint64 v = 0;
        for (int i = 0; i < len; ++i) {
            v |= quint64(s[i] | 0x20) << (16 * i);
        }
        return v;
    };
    static constexpr Candidate kThree[]{{pack(u"RUN", 3), K::Run},
                                        {pack(u"ENV", 3), K::Env},
                                        {pack(u"ARG", 3), K::Arg},
                                        {pack(u"CMD", 3), K::Cmd},
                                        {pack(u"ADD", 3), K::Add}};
    static constexpr Candidate kFour[]{
        {pack(u"COPY", 4), K::Copy}, {pack(u"FROM", 4), K::From}, {pack(u"USER", 4), K::User}};
    constexpr quint64 kLowerBits = 0x0020002000200020ULL;
    quint64 v;
    std::memcpy(&v, logical.utf16(), sizeof v);
    const quint64 mask = n == 4 ? ~quint64(0) : (quint64(1) << (16 * n)) - 1;
    const quint64 lowered = (v | kLowerBits) & mask;
    *upperCase = (v & mask & kLowerBits) == 0;
    if (n == 3) {
        for (const Candidate& c : kThree) {
            if (c.lower == lowered) {
                return c.kind;
            }
        }
    } else if (n == 4) {
        for (const Candidate& c : kFour) {
            if (c.lower == lowered) {
                return c.kind;
            }
        }
    }
    *upperCase = false;
    return K::Unknown;
}

// kindOf() for the keywords of five to eleven characters (WORKDIR, EXPOSE, LABEL, ENTRYPOINT, ...), four UTF-16 units
// at a time as in shortKindOf(): the keyword `kw` (5 <= size <= 11) as its first four units, its last four, and for
// more than eight the four after the first, each compared with the same units of the keywords of its length.
InstructionKind longKindOf(QStringView kw, bool* upperCase)
{
    using K = InstructionKind;
    struct Candidate
    {
        quint64 head, middle, tail; // units [0, 4), [4, 8) (0 for eight or fewer units) and [n - 4, n), ORed with 0x20
        K kind;
    };
    constexpr auto pack = [](const char16_t* s) {
        quint64 v = 0;
        for (int i = 0; i < 4; ++i) {
            v |= quint64(s[i] | 0x20) << (16 * i);
        }
        return v;
    };
    constexpr auto candidate = [pack](const char16_t* s, int len, K kind) {
        return Candidate{pack(s), len > 8 ? pack(s + 4) : 0, pack(s + len - 4), kind};
    };
    static constexpr Candidate kByLength[7][3]{
        {candidate(u"LABEL", 5, K::Label), candidate(u"SHELL", 5, K::Shell)},
        {candidate(u"EXPOSE", 6, K::Expose), candidate(u"VOLUME", 6, K::Volume)},
        {candidate(u"WORKDIR", 7, K::Workdir), candidate(u"ONBUILD", 7, K::Onbuild)},
        {},
        {},
        {candidate(u"ENTRYPOINT", 10, K::Entrypoint),
         candidate(u"MAINTAINER", 10, K::Maintainer),
         candidate(u"STOPSIGNAL", 10, K::Stopsignal)},
        {candidate(u"HEALTHCHECK", 11, K::Healthcheck)},
    };
    constexpr quint64 kLowerBits = 0x0020002000200020ULL;
    const qsizetype n = kw.size();
    const char16_t* const p = kw.utf16();
    quint64 head;
    quint64 middle = 0;
    quint64 tail;
    std::memcpy(&head, p, sizeof head);
    std::memcpy(&tail, p + n - 4, sizeof tail);
    if (n > 8) {
        std::memcpy(&middle, p + 4, sizeof middle);
    }
    for (const Candidate& c : kByLength[n - 5]) {
        if (c.kind == K::Unknown) {
            break;
        }
        if (c.head == (head | kLowerBits) && c.tail == (tail | kLowerBits) &&
            c.middle == (n > 8 ? middle | kLowerBits : 0)) {
            // Every unit is a letter here: upper case when none has the lower-case bit.
            *upperCase = ((head | middle | tail) & kLowerBits) == 0;
            return c.kind;
        }
    }
    *upperCase = false;
    return K::Unknown;
}

// The flags Docker knows, lower case: a flag written so (nearly all are) shares the name instead of allocating a copy.
const QString kFlagNames[]{
    QStringLiteral("mount"),
    QStringLiteral("from"),
    QStringLiteral("chown"),
    QStringLiteral("chmod"),
    QStringLiteral("link"),
    QStringLiteral("platform"),
    QStringLiteral("network"),
    QStringLiteral("security"),
    QStringLiteral("exclude"),
    QStringLiteral("parents"),
    QStringLiteral("checksum"),
    QStringLiteral("keep-git-dir"),
    QStringLiteral("interval"),
    QStringLiteral("timeout"),
    QStringLiteral("retries"),
    QStringLiteral("start-period"),
    QStringLiteral("start-interval"),
};

// A flag's name, lower case.
QString flagName(QStringView written)
{
    for (const QString& known : kFlagNames) {
        if (known.size() == written.size() && QStringView(known) == written) {
            return known;
        }
    }
    return written.toString().toLower();
}

// QStringView::trimmed() inline (it is a library call): white space as QChar::isSpace() has it.
QStringView trimmedView(QStringView s)
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && s[b].isSpace()) {
        ++b;
    }
    while (e > b && s[e - 1].isSpace()) {
        --e;
    }
    return s.sliced(b, e - b);
}

// Sets of kinds as bits of a mask, tested with a shift (the chains of comparisons they replace ran for every
// instruction, several times).
constexpr quint32 kindBits(std::initializer_list<InstructionKind> kinds)
{
    quint32 bits = 0;
    for (const InstructionKind k : kinds) {
        bits |= quint32(1) << unsigned(k);
    }
    return bits;
}

bool inKinds(quint32 bits, InstructionKind k)
{
    return ((bits >> unsigned(k)) & 1) != 0;
}

using K = InstructionKind;
static_assert(unsigned(K::Shell) < 32);

bool takesFlags(InstructionKind k)
{
    return inKinds(kindBits({K::From, K::Run, K::Copy, K::Add, K::Healthcheck}), k);
}

bool allowsExecForm(InstructionKind k)
{
    return inKinds(kindBits({K::Run, K::Cmd, K::Entrypoint, K::Shell, K::Copy, K::Add, K::Volume}), k);
}

// Instructions whose arguments Docker runs through ARG/ENV substitution (Dockerfile reference, "Environment
// replacement"). RUN/CMD are left to the shell at build/run time.
bool substitutes(InstructionKind k)
{
    return inKinds(kindBits({K::Add,
                             K::Copy,
                             K::Env,
                             K::Expose,
                             K::From,
                             K::Label,
                             K::Stopsignal,
                             K::User,
                             K::Volume,
                             K::Workdir,
                             K::Arg,
                             K::Onbuild}),
                   k);
}

bool heredocCapable(InstructionKind k)
{
    return inKinds(kindBits({K::Run, K::Copy, K::Add}), k);
}

// The kinds finishInstruction() has work for (checks, pairs, a nested instruction); for the others it is skipped.
bool needsFinishing(InstructionKind k)
{
    return inKinds(kindBits({K::Shell, K::Env, K::Label, K::Arg, K::Onbuild}), k);
}

// Heredoc markers in a logical line, outside quotes: <<EOF, <<-EOF, <<"EOF", <<'EOF'. `<<<` is a here-string.
std::vector<Heredoc> findHeredocMarkers(QStringView s)
{
    std::vector<Heredoc> out;
    // Nearly every RUN/COPY/ADD has no "<<" at all: a vectorised search for '<' skips the quote-tracking scan.
    qsizetype lt = findChar(s, u'<');
    while (lt >= 0 && (lt + 1 >= s.size() || s[lt + 1] != u'<')) {
        lt = findChar(s, u'<', lt + 1);
    }
    if (lt < 0) {
        return out;
    }
    QChar quote;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
            continue;
        }
        if (c != u'<' || i + 1 >= s.size() || s[i + 1] != u'<') {
            continue;
        }
        if (i + 2 < s.size() && s[i + 2] == u'<') {
            i += 2; // here-string
            continue;
        }
        qsizetype j = i + 2;
        Heredoc h;
        if (j < s.size() && s[j] == u'-') {
            h.stripTabs = true;
            ++j;
        }
        QChar q;
        if (j < s.size() && (s[j] == u'"' || s[j] == u'\'')) {
            q = s[j];
            ++j;
        }
        const qsizetype nameStart = j;
        while (j < s.size() && (isNameChar(s[j]) || s[j] == u'-' || s[j] == u'.')) {
            ++j;
        }
        if (j == nameStart || !isNameStart(s[nameStart])) {
            i = j - 1;
            continue;
        }
        h.delimiter = s.sliced(nameStart, j - nameStart).toString();
        if (!q.isNull()) {
            if (j < s.size() && s[j] == q) {
                ++j;
                h.quoted = true;
            } else {
                i = j - 1;
                continue; // unbalanced quote: not a heredoc marker
            }
        }
        out.push_back(std::move(h));
        i = j - 1;
    }
    return out;
}

// Whether `n` units at `a` and `b` are the same: inline (QStringView's == is a library call, and variable names are
// a few characters).
bool sameUnits(const char16_t* a, const char16_t* b, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        if (a[i] != b[i]) {
            return false;
        }
    }
    return true;
}

// Index of the first '$', '\'' or `escape` in `text` at or after `from`, or text.size(): eight units a step where
// SSE2 is there (ENV values such as PATH=/a:/b:$PATH are long runs of plain characters).
qsizetype nextSpecial(QStringView text, qsizetype from, char16_t escape)
{
    const char16_t* const p = text.utf16();
    const qsizetype n = text.size();
    qsizetype j = from;
#if defined(__SSE2__)
    const __m128i dollar = _mm_set1_epi16(short(u'$'));
    const __m128i quote = _mm_set1_epi16(short(u'\''));
    const __m128i esc = _mm_set1_epi16(short(escape));
    for (; j + 8 <= n; j += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
        const __m128i hit =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, dollar), _mm_cmpeq_epi16(v, quote)), _mm_cmpeq_epi16(v, esc));
        if (const int mask = _mm_movemask_epi8(hit); mask != 0) {
            return j + std::countr_zero(unsigned(mask)) / 2;
        }
    }
#endif
    while (j < n && p[j] != u'$' && p[j] != u'\'' && p[j] != escape) {
        ++j;
    }
    return j;
}

#if defined(__SSE2__)
// The index of the first unit at or after `from` in `text` that may end or interrupt a plain key/value token or a
// flag (a unit below 0x28 or from 0x8000 on, '=', or the escape character), or the start of the last, shorter than
// eight, units.
// Inline: called per stop in a token, its call and constants cost more than its loop.
[[gnu::always_inline]] inline qsizetype skipPlainKeyValueUnits(QStringView text, qsizetype from, char16_t escape)
{
    const char16_t* const p = text.utf16();
    const qsizetype n = text.size();
    const __m128i below = _mm_set1_epi16(0x28);
    const __m128i equals = _mm_set1_epi16(short(u'='));
    const __m128i esc = _mm_set1_epi16(short(escape));
    qsizetype j = from;
    for (; j + 8 <= n; j += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
        const __m128i hit =
            _mm_or_si128(_mm_cmplt_epi16(v, below), _mm_or_si128(_mm_cmpeq_epi16(v, equals), _mm_cmpeq_epi16(v, esc)));
        if (const int mask = _mm_movemask_epi8(hit); mask != 0) {
            return j + std::countr_zero(unsigned(mask)) / 2;
        }
    }
    return j;
}
#endif

// Nesting like ${a:-${b:-${c}}} is legal; a hostile file could nest a million deep, so recursion stops here.
constexpr int kMaxExpansionDepth = 8;

// Appends `text` with ARG/ENV substituted to `out` (expandVariables' rules). `lookup(name)` gives the variable's value
// or nullptr when it is not set. Runs of plain characters are appended in one go, and names are looked up as views
// (no key string is built per reference).
template<typename Out, typename Lookup>
void expandInto(Out& out, QStringView text, const Lookup& lookup, QChar escape, int depth)
{
    // Callers check for a '$' before expanding at all; nested defaults often have none.
    if (depth > kMaxExpansionDepth || (depth > 0 && !containsChar(text, u'$'))) {
        out += text;
        return;
    }
    bool inSingle = false;
    qsizetype i = 0;
    while (i < text.size()) {
        // Copy everything up to the next character that can change something.
        const qsizetype j = nextSpecial(text, i, escape.unicode());
        if (j > i) {
            out += text.sliced(i, j - i);
            i = j;
            if (i >= text.size()) {
                break;
            }
        }
        const QChar c = text[i];
        if (c == u'\'') {
            inSingle = !inSingle;
            out += c;
            ++i;
            continue;
        }
        if (c == escape && i + 1 < text.size() && text[i + 1] == u'$') {
            out += u'$';
            i += 2;
            continue;
        }
        if (c != u'$' || inSingle || i + 1 >= text.size()) {
            out += c;
            ++i;
            continue;
        }
        const QChar n = text[i + 1];
        if (n == u'{') {
            // Find the matching brace, allowing nested ${...} in a default.
            int level = 1;
            qsizetype e = i + 2;
            for (; e < text.size() && level > 0; ++e) {
                if (text[e] == u'{') {
                    ++level;
                } else if (text[e] == u'}') {
                    --level;
                }
            }
            if (level != 0) {
                out += text.sliced(i); // unterminated: keep as written
                break;
            }
            const QStringView inner = text.sliced(i + 2, e - i - 3);
            qsizetype k = 0;
            while (k < inner.size() && isNameChar(inner[k])) {
                ++k;
            }
            const QString* found = lookup(inner.first(k));
            const bool set = found != nullptr;
            const bool empty = !found || found->isEmpty();
            const QStringView rest = inner.sliced(k);
            if (rest.isEmpty()) {
                if (found) {
                    out += *found;
                }
            } else if (rest.startsWith(u":-")) {
                if (empty) {
                    expandInto(out, rest.sliced(2), lookup, escape, depth + 1);
                } else {
                    out += *found;
                }
            } else if (rest.startsWith(u":+")) {
                if (!empty) {
                    expandInto(out, rest.sliced(2), lookup, escape, depth + 1);
                }
            } else if (rest.startsWith(u'-')) {
                if (set) {
                    out += *found;
                } else {
                    expandInto(out, rest.sliced(1), lookup, escape, depth + 1);
                }
            } else if (rest.startsWith(u'+')) {
                if (set) {
                    expandInto(out, rest.sliced(1), lookup, escape, depth + 1);
                }
            } else if (found) {
                out += *found; // other modifiers (${VAR:?err}, ${VAR#pat}) are newer syntax: keep the value
            }
            i = e;
            continue;
        }
        if (isNameStart(n)) {
            qsizetype e = i + 1;
            while (e < text.size() && isNameChar(text[e])) {
                ++e;
            }
            if (const QString* found = lookup(text.sliced(i + 1, e - i - 1))) {
                out += *found;
            }
            i = e;
            continue;
        }
        out += c;
        ++i;
    }
}

// A growing run of UTF-16 units with inline appends (QString::append() is a library call, and a QString grown from
// empty reallocates several times): the parser expands into one, then copies the result into its arena.
class Utf16Buffer
{
public:
    void clear() { m_units.resize(0); }
    Utf16Buffer& operator+=(QStringView s)
    {
        m_units.append(s.utf16(), s.size());
        return *this;
    }
    Utf16Buffer& operator+=(QChar c)
    {
        m_units.append(c.unicode());
        return *this;
    }
    // Never a null view (the storage is inline at first): an empty expansion stays an empty, non-null string.
    QStringView view() const { return QStringView(m_units.constData(), m_units.size()); }

private:
    QVarLengthArray<char16_t, 512> m_units;
};

// expandVariables() with a lookup: a copy of `text` when nothing is substituted, else a new string.
template<typename Lookup> QString expandWith(QStringView text, const Lookup& lookup, QChar escape)
{
    if (!containsChar(text, u'$')) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size());
    expandInto(out, text, lookup, escape, 0);
    return out;
}

// The ARG/ENV variables in scope, looked up by view.
using VarMap = VariableMap;

auto lookupIn(const VarMap& vars)
{
    return [&vars](QStringView name) { return vars.find(name); };
}

// Up to `N` words of `s` split on ' ' (QString::split(u' ', Qt::SkipEmptyParts) without building the list), and
// how many words there are in all.
template<size_t N> struct Words
{
    QStringView word[N];
    qsizetype count = 0;

    explicit Words(QStringView s)
    {
        qsizetype i = 0;
        while (i < s.size()) {
            if (s[i] == u' ') {
                ++i;
                continue;
            }
            qsizetype e = findChar(s, u' ', i);
            if (e < 0) {
                e = s.size();
            }
            if (size_t(count) < N) {
                word[count] = s.sliced(i, e - i);
            }
            ++count;
            i = e;
        }
    }

    // The first `N` words of `more` (they are the same).
    template<size_t M> explicit Words(const Words<M>& more) : count(more.count)
    {
        static_assert(M >= N);
        std::copy(more.word, more.word + N, word);
    }
};

// The words of a JSON array of plain strings (printable ASCII, no escapes, none empty) exactly as QJsonDocument reads
// them, without building a document; false for anything else, which the caller hands to QJsonDocument. Nearly every
// exec form (["sh", "-c", "..."]) is such an array.
bool plainJsonStringArray(QStringView s, QStringList& words, StringArena& arena)
{
    QVarLengthArray<QStringView, 8> found;
    qsizetype i = 0;
    const auto skipSpace = [&s, &i] {
        while (i < s.size() && (s[i] == u' ' || s[i] == u'\t' || s[i] == u'\n' || s[i] == u'\r')) {
            ++i;
        }
    };
    if (s.isEmpty() || s[0] != u'[') {
        return false;
    }
    ++i;
    skipSpace();
    if (i < s.size() && s[i] == u']') {
        ++i;
        skipSpace();
        return i == s.size();
    }
    while (true) {
        if (i >= s.size() || s[i] != u'"') {
            return false;
        }
        const qsizetype start = ++i;
        while (i < s.size() && s[i] != u'"') {
            const char16_t c = s[i].unicode();
            if (c < 0x20 || c > 0x7E || c == u'\\') {
                return false;
            }
            ++i;
        }
        if (i >= s.size() || i == start) {
            return false;
        }
        found.push_back(s.sliced(start, i - start));
        ++i;
        skipSpace();
        if (i < s.size() && s[i] == u',') {
            ++i;
            skipSpace();
            continue;
        }
        if (i < s.size() && s[i] == u']') {
            ++i;
            skipSpace();
            if (i != s.size()) {
                return false;
            }
            words.reserve(found.size());
            for (const QStringView w : found) {
                words.append(arena.make(w));
            }
            return true;
        }
        return false;
    }
}

template<typename Make>
std::vector<KeyValue> parseKeyValuesWith(QStringView text, bool legacyAllowed, QChar escape, const Make& make);

// The length of the run of name characters ([A-Za-z0-9_]) at the start of `s`: an instruction's keyword, eight
// units a step where SSE2 is there.
qsizetype nameRun(QStringView s)
{
    const char16_t* const p = s.utf16();
    const qsizetype n = s.size();
    qsizetype k = 0;
#if defined(__SSE2__)
    const __m128i lowerBit = _mm_set1_epi16(0x20);
    const __m128i beforeA = _mm_set1_epi16(short(u'a' - 1));
    const __m128i afterZ = _mm_set1_epi16(short(u'z' + 1));
    const __m128i before0 = _mm_set1_epi16(short(u'0' - 1));
    const __m128i after9 = _mm_set1_epi16(short(u'9' + 1));
    const __m128i underscore = _mm_set1_epi16(short(u'_'));
    for (; k + 8 <= n; k += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
        // (c | 0x20) in a..z exactly for ASCII letters; signed compares put units from 0x8000 on below everything.
        const __m128i lower = _mm_or_si128(v, lowerBit);
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi16(lower, beforeA), _mm_cmplt_epi16(lower, afterZ));
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi16(v, before0), _mm_cmplt_epi16(v, after9));
        const __m128i name = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi16(v, underscore));
        if (const unsigned other = ~unsigned(_mm_movemask_epi8(name)) & 0xFFFFu; other != 0) {
            return k + std::countr_zero(other) / 2;
        }
    }
#endif
    while (k < n && isNameChar(QChar(p[k]))) {
        ++k;
    }
    return k;
}

// Real instructions have one or two heredocs; the cap keeps hostile input linear.
constexpr size_t kMaxHeredocs = 64;
// Inheriting ENV copies a table per stage; past this many stages we stop (hostile input, not a Dockerfile).
constexpr int kMaxInheritingStages = 1000;

class Parser
{
public:
    Parser(const QByteArray& data, const QString& path)
    {
        m_out.path = path;
        QByteArrayView bytes(data);
        if (bytes.size() > kMaxDockerfileBytes) {
            bytes.truncate(kMaxDockerfileBytes);
            m_out.truncated = true;
        }
        // A line holds some 30 characters; the bound keeps a file of one huge line from reserving megabytes.
        m_lines.reserve(std::min<qsizetype>(bytes.size() / 24 + 8, 1 << 16));
        if (!decodeAsciiLines(bytes)) {
            splitLines(bytes);
            m_arena.setFirstBlock(m_text.size() + m_text.size() / 2 + 64);
        }
        if (!m_lines.empty() && m_lines.back().isEmpty()) {
            m_lines.pop_back(); // trailing newline
        }
        m_out.lineCount = int(m_lines.size());
        // Instructions are large and built in place: growing the vector would move every one of them. There are no
        // more than lines (the bound keeps a hostile file from reserving megabytes up front).
        m_out.instructions.reserve(std::min<size_t>(size_t(m_lines.size()), 1024));
    }

    ParsedDockerfile run()
    {
        if (m_out.truncated) {
            issue({m_out.lineCount, 1}, trParse("file larger than 4 MiB; the rest was not read"));
        }
        qsizetype i = parseDirectives();
        while (i < qsizetype(m_lines.size())) {
            i = parseOne(i);
        }
        return std::move(m_out);
    }

private:
    void issue(Position p, QString message) { m_out.issues.push_back({p, std::move(message)}); }

    // The line [start, end) of m_text, without a '\r' before its '\n'.
    void addLine(const char16_t* text, qsizetype start, qsizetype end)
    {
        if (end > start && text[end - 1] == u'\r') {
            --end;
        }
        m_lines.push_back(QStringView(text + start, end - start));
    }

    // m_text and m_lines for a text of ASCII, as nearly every Dockerfile is: sixteen bytes a step widened to UTF-16
    // (QString::fromUtf8() converts a unit at a time around its own ASCII runs), and the newlines among them found in
    // the same step, instead of a search per line afterwards. False (and no lines) at the first byte >= 0x80, or for
    // no bytes at all: splitLines() then does both.
    bool decodeAsciiLines(QByteArrayView bytes)
    {
#if defined(__SSE2__)
        const qsizetype n = bytes.size();
        if (n == 0) {
            return false;
        }
        // The text goes first into the arena's first block (one allocation for both), room for its strings after it.
        char16_t* const out = m_arena.firstRoom(n, n + n / 2 + 64);
        const auto* const in = reinterpret_cast<const unsigned char*>(bytes.data());
        const __m128i zero = _mm_setzero_si128();
        const __m128i newline = _mm_set1_epi8('\n');
        qsizetype start = 0;
        qsizetype i = 0;
        for (; i + 16 <= n; i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i));
            if (_mm_movemask_epi8(v) != 0) {
                m_lines.clear();
                return false;
            }
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_unpacklo_epi8(v, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i + 8), _mm_unpackhi_epi8(v, zero));
            for (auto nl = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, newline))); nl != 0; nl &= nl - 1) {
                const qsizetype at = i + std::countr_zero(nl);
                addLine(out, start, at);
                start = at + 1;
            }
        }
        for (; i < n; ++i) {
            if (in[i] >= 0x80) {
                m_lines.clear();
                return false;
            }
            out[i] = in[i];
            if (in[i] == '\n') {
                addLine(out, start, i);
                start = i + 1;
            }
        }
        addLine(out, start, n);
        m_text = m_arena.commit(out, n);
        return true;
#else
        Q_UNUSED(bytes);
        return false;
#endif
    }

    // m_text and m_lines for any text (decodeAsciiLines() declined it).
    void splitLines(QByteArrayView bytes)
    {
        m_text = QString::fromUtf8(bytes);
        if (m_text.startsWith(QChar(0xFEFF))) {
            m_text.remove(0, 1);
        }
        QStringView all(m_text);
        // When every byte decoded to one UTF-16 unit (a BOM or any multi-byte sequence makes the text shorter), the
        // newlines are at the same offsets in the bytes, where memchr() finds them much faster than a search in the
        // text does for lines this short.
        const bool sameOffsets = m_text.size() == bytes.size();
        qsizetype start = 0;
        while (start <= all.size()) {
            qsizetype nl = all.size();
            if (sameOffsets) {
                const void* hit =
                    start < all.size() ? std::memchr(bytes.data() + start, '\n', size_t(all.size() - start)) : nullptr;
                if (hit) {
                    nl = static_cast<const char*>(hit) - bytes.data();
                }
            } else if (const qsizetype at = all.indexOf(u'\n', start); at >= 0) {
                nl = at;
            }
            addLine(all.utf16(), start, nl);
            start = nl + 1;
        }
    }

    // Parser directives: `# name=value` lines at the very top; the first other line ends them.
    qsizetype parseDirectives()
    {
        bool seen[3]{}; // syntax, escape, check
        qsizetype i = 0;
        for (; i < qsizetype(m_lines.size()); ++i) {
            QStringView l = trimmedView(m_lines[i]);
            if (!l.startsWith(u'#')) {
                break;
            }
            QStringView body = trimmedView(l.sliced(1));
            const qsizetype eq = body.indexOf(u'=');
            if (eq <= 0) {
                break;
            }
            const QString name = body.first(eq).trimmed().toString().toLower();
            if (name.isEmpty() || std::any_of(name.begin(), name.end(), [](QChar c) { return !isNameChar(c); })) {
                break;
            }
            const QString value = body.sliced(eq + 1).trimmed().toString();
            const int known = name == u"syntax"_s ? 0 : name == u"escape"_s ? 1 : name == u"check"_s ? 2 : -1;
            if (known < 0) {
                break; // an unknown directive is a comment, and ends the directive block
            }
            if (seen[known]) {
                issue({int(i) + 1, 1}, trParse("parser directive '%1' given twice").arg(name));
                break;
            }
            seen[known] = true;
            m_out.directives.push_back({name, value, int(i) + 1});
            m_out.comments.push_back({body.toString(), int(i) + 1, true});
            if (name == u"escape"_s) {
                if (value == u"`"_s) {
                    m_out.escape = u'`';
                } else if (value != u"\\"_s) {
                    issue({int(i) + 1, 1}, trParse("invalid escape character '%1' (use \\ or `)").arg(value));
                }
            }
        }
        return i;
    }

    void addComment(qsizetype i, QStringView trimmedLine)
    {
        if (m_out.comments.capacity() == 0) {
            m_out.comments.reserve(16); // a commented file has several: growing 1, 2, 4, 8 moved every one so far
        }
        m_out.comments.push_back({m_arena.make(trimmedView(trimmedLine.sliced(1))), int(i) + 1, true});
    }

    // Reads one instruction (or skips a blank/comment line) starting at physical line i; returns the next line.
    qsizetype parseOne(qsizetype i)
    {
        const QStringView raw = m_lines[i];
        const qsizetype ws = leadingSpace(raw);
        const QStringView t = raw.sliced(ws);
        if (t.isEmpty()) {
            return i + 1;
        }
        if (t.startsWith(u'#')) {
            addComment(i, t);
            return i + 1;
        }
        const QChar esc = m_out.escape;

        // Built in place: an Instruction is some 300 bytes, and moving it in (and destroying the husk) cost more than
        // dropping the rare instruction that turns out invalid. Its position map is filled in place too.
        Instruction& ins = m_out.instructions.emplace_back();
        SegmentMap& segs = ins.segments;
        segs.set = true;

        // Join continuation lines into one logical line, remembering where each piece came from. Most instructions
        // are one line: their logical line is a view of the file's text, and only continued ones are copied (into a
        // buffer the parser keeps for them, which allocates at most once per file).
        QStringView logical;
        qsizetype cur = i;
        QStringView piece = t;
        int pieceCol = int(ws) + 1;
        qsizetype joinedSize = 0;
        while (true) {
            QStringView pr = rtrim(piece);
            bool cont = false;
            if (pr.endsWith(esc)) {
                pr.chop(1);
                cont = true;
            }
            if (m_pieces.empty() && !cont) {
                segs.first = {0, {int(cur) + 1, pieceCol}};
                logical = pr;
                break;
            }
            m_pieces.push_back({pr, {joinedSize, {int(cur) + 1, pieceCol}}});
            joinedSize += pr.size();
            if (!cont) {
                break;
            }
            ++cur;
            // Comment lines and blank lines inside a continuation are dropped (Docker does the same).
            while (cur < qsizetype(m_lines.size())) {
                const QStringView line = m_lines[cur];
                qsizetype b = 0;
                // Continued lines are indented: four spaces a step first (a test of QChar::isSpace() per unit cost more
                // than the rest of the join), then any white space as before.
                for (quint64 units; b + 4 <= line.size(); b += 4) {
                    std::memcpy(&units, line.utf16() + b, sizeof units);
                    if (units != 0x0020002000200020ULL) {
                        break;
                    }
                }
                while (b < line.size() && (line[b] == u' ' || line[b].isSpace())) {
                    ++b;
                }
                if (b == line.size()) {
                    ++cur; // blank
                } else if (line[b] == u'#') {
                    addComment(cur, trimmedView(line.sliced(b)));
                    ++cur;
                } else {
                    break;
                }
            }
            if (cur >= qsizetype(m_lines.size())) {
                --cur;
                break;
            }
            piece = m_lines[cur];
            pieceCol = 1;
        }
        if (!m_pieces.empty()) {
            // Sized once and filled by copying (appending piece by piece cost more than the copies themselves).
            m_joined.resize(joinedSize);
            char16_t* out = m_joined.data();
            segs.first = m_pieces.front().second;
            segs.rest.reserve(size_t(m_pieces.size()) - 1);
            for (qsizetype n = 0; n < m_pieces.size(); ++n) {
                const QStringView text = m_pieces[n].first;
                out = std::copy(text.utf16(), text.utf16() + text.size(), out);
                if (n > 0) {
                    segs.rest.push_back(m_pieces[n].second);
                }
            }
            logical = QStringView(m_joined.constData(), joinedSize);
            // Emptied here, not before every instruction: QVarLengthArray::clear() is a call even when empty.
            m_pieces.clear();
        }
        qsizetype next = cur + 1;

        // A view of the file's text, which every instruction shares: constData(), as data() would detach it.
        m_arena.share(ins.sourceText, m_text);
        ins.sourceOffset = raw.data() - m_text.constData();
        ins.sourceLength = raw.size();
        ins.endLine = int(cur) + 1;
        if (!buildInstruction(ins, logical, 0)) {
            m_out.instructions.pop_back();
            return next;
        }
        // Heredoc bodies follow the instruction's last line, one after the other.
        if (heredocCapable(ins.kind)) {
            if (m_argsHaveLt) { // no '<', no "<<" marker
                ins.heredocs = findHeredocMarkers(ins.args);
            }
            if (ins.heredocs.size() > kMaxHeredocs) {
                ins.heredocs.resize(kMaxHeredocs);
                issue(ins.pos,
                      trParse("more than %1 heredocs in one instruction; the rest are not read").arg(kMaxHeredocs));
            }
            for (Heredoc& h : ins.heredocs) {
                h.line = ins.pos.line;
                // The body's lines (tabs stripped for <<-), found first and then copied into the arena in one go.
                const auto bodyLine = [&h](QStringView l) {
                    if (h.stripTabs) {
                        while (l.startsWith(u'\t')) {
                            l = l.sliced(1);
                        }
                    }
                    return l;
                };
                bool found = false;
                const qsizetype first = next;
                qsizetype bodySize = 0;
                while (next < qsizetype(m_lines.size())) {
                    const QStringView l = bodyLine(m_lines[next]);
                    ++next;
                    if (l == h.delimiter) {
                        found = true;
                        break;
                    }
                    bodySize += l.size() + 1;
                }
                if (bodySize > 0) {
                    char16_t* const body = m_arena.room(bodySize);
                    char16_t* out = body;
                    for (qsizetype n = first; n < next - (found ? 1 : 0); ++n) {
                        const QStringView l = bodyLine(m_lines[n]);
                        out = std::copy(l.utf16(), l.utf16() + l.size(), out);
                        *out++ = u'\n';
                    }
                    h.body = m_arena.commit(body, bodySize);
                }
                if (!found) {
                    h.terminated = false;
                    issue(ins.pos,
                          trParse("heredoc '%1' is not terminated before the end of the file").arg(h.delimiter));
                }
                ins.endLine = int(next);
            }
        }
        place(ins);
        return next;
    }

    // Fills keyword, flags, args, exec form and pairs from a logical line that starts at the keyword, and shifts the
    // position map (ins.segments, of the logical line) to args. Flattened: left to itself the compiler calls
    // QString's destructor out of line for every temporary moved into the instruction (3,000 bytes more code, some
    // 30 instructions less per instruction parsed).
    [[gnu::flatten]] bool buildInstruction(Instruction& ins, QStringView logical, int depth)
    {
        SegmentMap& segs = ins.segments;
        const qsizetype k = nameRun(logical);
        // The parser's own map starts at offset 0: the keyword is where its first piece is, unless that piece is empty
        // (a line of just the escape character) and the next starts at offset 0 too. ONBUILD's map is shifted.
        const Position kwPos =
            depth == 0 && (segs.rest.empty() || segs.rest.front().offset > 0) ? segs.first.pos : segs.at(0);
        ins.pos = kwPos;
        const QStringView written = logical.first(k);
        bool upperCase = false;
        if constexpr (std::endian::native == std::endian::little) {
            ins.kind = (k == 3 || k == 4) && logical.size() >= 4 ? shortKindOf(logical, k, &upperCase)
                       : k >= 5 && k <= 11                       ? longKindOf(written, &upperCase)
                                                                 : kindOf(written, &upperCase);
        } else {
            ins.kind = kindOf(written, &upperCase);
        }
        // Copy-construct and move (inline) rather than copy-assign (a library call): this runs for every instruction.
        ins.keyword = QString(keywordText(ins.kind));
        ins.written = upperCase ? QString(ins.keyword) : m_arena.make(written);
        if (k == 0 || ins.kind == InstructionKind::Unknown) {
            QString shown = logical.first(std::min<qsizetype>(logical.size(), 40)).toString();
            issue(kwPos, trParse("unknown instruction '%1'").arg(shown.section(u' ', 0, 0)));
            return false;
        }
        if (k < logical.size() && !isSpace(logical[k])) {
            issue(kwPos, trParse("unknown instruction '%1'").arg(logical.first(std::min<qsizetype>(k + 1, 40))));
            return false;
        }
        qsizetype p = k;
        while (p < logical.size() && isSpace(logical[p])) {
            ++p;
        }
        if (takesFlags(ins.kind)) {
            while (p + 1 < logical.size() && logical[p] == u'-' && logical[p + 1] == u'-') {
                qsizetype e = p;
                QChar q;
                while (e < logical.size()) {
#if defined(__SSE2__)
                    // Eight at a time past units that neither end the flag nor quote (all of those are below '(').
                    e = skipPlainKeyValueUnits(logical, e, m_out.escape.unicode());
                    if (e >= logical.size()) {
                        break;
                    }
#endif
                    const QChar c = logical[e];
                    if (q.isNull() && isSpace(c)) {
                        break;
                    }
                    if (q.isNull() && (c == u'"' || c == u'\'')) {
                        q = c;
                    } else if (!q.isNull() && c == q) {
                        q = QChar();
                    }
                    ++e;
                }
                QStringView tok = logical.sliced(p + 2, e - p - 2);
                Flag f;
                f.pos = segs.at(p);
                const qsizetype eq = tok.indexOf(u'=');
                if (eq >= 0) {
                    f.name = flagName(tok.first(eq));
                    f.value = m_arena.make(tok.sliced(eq + 1));
                    f.hasValue = true;
                } else {
                    f.name = flagName(tok);
                }
                ins.flags.push_back(std::move(f));
                p = e;
                while (p < logical.size() && isSpace(logical[p])) {
                    ++p;
                }
            }
        }
        bool dollar = false;
        bool lt = false;
        ins.args = m_arena.makeScanning(rtrim(logical.sliced(p)), dollar, lt);
        if (depth == 0) {
            m_argsHaveDollar = dollar; // for place() (ONBUILD's nested instruction, built next, is never placed)
            m_argsHaveLt = lt;
        }
        segs.first.offset -= p;
        for (Segment& s : segs.rest) {
            s.offset -= p;
        }

        if (ins.args.isEmpty() && ins.kind != InstructionKind::Healthcheck) {
            issue(kwPos, trParse("%1 needs arguments").arg(ins.keyword));
            return false;
        }
        if (allowsExecForm(ins.kind) && !ins.args.isEmpty() && ins.args.at(0) == u'[') {
            QStringList plain;
            if (plainJsonStringArray(ins.args, plain, m_arena)) {
                ins.execForm = true;
                ins.execArgs = std::move(plain);
                return !needsFinishing(ins.kind) || finishInstruction(ins, kwPos, depth);
            }
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(ins.args.toUtf8(), &err);
            if (err.error == QJsonParseError::NoError && doc.isArray()) {
                QStringList words;
                bool allStrings = true;
                for (const QJsonValue& v : doc.array()) {
                    if (!v.isString()) {
                        allStrings = false;
                        break;
                    }
                    words << v.toString();
                }
                if (allStrings) {
                    ins.execForm = true;
                    ins.execArgs = words;
                }
            }
        }
        return !needsFinishing(ins.kind) || finishInstruction(ins, kwPos, depth);
    }

    // The rest of buildInstruction() once args and the exec form are known: checks, pairs and ONBUILD's instruction
    // (only for the kinds needsFinishing() names).
    bool finishInstruction(Instruction& ins, Position kwPos, int depth)
    {
        if (ins.kind == InstructionKind::Shell && !ins.execForm) {
            issue(kwPos, trParse("SHELL needs the JSON array form, e.g. SHELL [\"/bin/bash\", \"-c\"]"));
        }
        if (ins.kind == InstructionKind::Env || ins.kind == InstructionKind::Label ||
            ins.kind == InstructionKind::Arg) {
            makePairs(ins, kwPos);
        }
        if (ins.kind == InstructionKind::Onbuild) {
            if (depth > 0) {
                return false; // ONBUILD ONBUILD: kept as text, reported by the lint rule for DL3043
            }
            buildOnbuild(ins);
        }
        return true;
    }

    // ONBUILD's nested instruction. Out of line, as makePairs() is: every instruction's finishInstruction() would
    // set up its frame.
    [[gnu::noinline]] void buildOnbuild(Instruction& ins)
    {
        auto inner = std::make_shared<Instruction>();
        inner->sourceText = ins.sourceText;
        inner->sourceOffset = ins.sourceOffset;
        inner->sourceLength = ins.sourceLength;
        inner->endLine = ins.endLine;
        inner->segments = ins.segments;
        if (buildInstruction(*inner, ins.args, 1)) {
            ins.onbuild = std::move(inner);
        }
    }

    // The pairs of an ENV, LABEL or ARG. Out of line: inlined, its token buffers made every instruction's call of
    // finishInstruction() set up (and check) a large stack frame.
    [[gnu::noinline]] void makePairs(Instruction& ins, Position kwPos)
    {
        ins.pairs = parseKeyValuesWith(ins.args, ins.kind == InstructionKind::Env, m_out.escape, [this](QStringView s) {
            return m_arena.make(s);
        });
        for (KeyValue& kv : ins.pairs) {
            kv.pos = ins.positionAt(kv.offset);
        }
        if (ins.pairs.empty()) {
            issue(kwPos, trParse("%1 has no name").arg(ins.keyword));
        }
    }

    // expandVariables(text), sharing `text` when it holds no '$' (most arguments) instead of copying it.
    QString expandShared(const QString& text, const VarMap& vars)
    {
        return containsChar(text, u'$') ? expandToArena(text, vars) : text;
    }

    // expandWith() for text with a '$': expanded into a buffer that keeps its capacity, then copied into the arena (no
    // allocation per expansion, and none for growing it).
    QString expandToArena(QStringView text, const VarMap& vars)
    {
        m_expansion.clear();
        expandInto(m_expansion, text, lookupIn(vars), m_out.escape, 0);
        return m_arena.make(m_expansion.view());
    }

    // Assigns the instruction (the last of m_out.instructions) to its stage and tracks ARG/ENV scope for substitution.
    void place(Instruction& ins)
    {
        if (ins.kind == InstructionKind::From) {
            placeFrom(ins);
            return;
        }
        placeOther(ins);
    }
    // A FROM starts a stage. Kept out of line, as placeOther() is: inlined into place() (and parseOne()) the two cost
    // more (178.0 M -> 177.8 M instructions over the lint corpus when split).
    [[gnu::noinline]] void placeFrom(Instruction& ins)
    {
        const int index = int(m_out.instructions.size()) - 1;
        if (m_out.stages.capacity() == 0) {
            // Most files have a stage or two, some a few: growing 1, 2, 4 moved every stage built so far.
            m_out.stages.reserve(4);
        }
        // Built in place (nothing below adds a stage while `st` is in use; stageByName() reads only earlier ones).
        Stage& st = m_out.stages.emplace_back();
        st.index = int(m_out.stages.size()) - 1;
        st.fromInstruction = index;
        st.platform = ins.flagValue(u"platform");
        ins.expanded = m_argsHaveDollar ? expandToArena(ins.args, m_out.globalArgs) : ins.args;
        const Words<3> words(ins.args);
        if (words.count > 0) {
            // The image is nearly always the whole argument: share the string instead of copying it.
            st.image =
                words.count == 1 && words.word[0].size() == ins.args.size() ? ins.args : m_arena.make(words.word[0]);
        }
        // Without a '$' the expansion is the arguments themselves, and so are its words.
        const Words<1> expandedWords = m_argsHaveDollar ? Words<1>(ins.expanded) : Words<1>(words);
        if (expandedWords.count == 0) {
            st.imageExpanded = st.image;
        } else if (expandedWords.word[0].size() == ins.expanded.size()) {
            st.imageExpanded = ins.expanded;
        } else {
            st.imageExpanded = m_arena.make(expandedWords.word[0]);
        }
        if (words.count >= 3 && words.word[1].compare(u"as", Qt::CaseInsensitive) == 0) {
            st.aliasWritten = m_arena.make(words.word[2]);
            st.alias = st.aliasWritten.toLower();
            if (words.count > 3) {
                issue(ins.pos, trParse("FROM has extra words after the stage name"));
            }
        } else if (words.count >= 2) {
            issue(ins.pos, trParse("FROM expects 'image [AS name]'"));
        }
        st.parentStage = m_out.stageByName(st.imageExpanded, st.index);
        const bool inherit = st.parentStage >= 0 && st.index < kMaxInheritingStages;
        if (inherit) {
            const VarMap& env = m_scopes[st.parentStage].env;
            m_scopes.push_back({env, env});
        } else {
            m_scopes.emplace_back();
        }
        if (m_aliasesIndexed) {
            if (!st.alias.isEmpty()) {
                m_out.stagesByAlias[st.alias].push_back(st.index);
            }
        } else if (st.index >= ParsedDockerfile::kStagesScanned) {
            // Past the stages stageByName() scans: index every alias so far (once), and each later one as it comes.
            m_aliasesIndexed = true;
            for (const Stage& s : m_out.stages) {
                if (!s.alias.isEmpty()) {
                    m_out.stagesByAlias[s.alias].push_back(s.index);
                }
            }
        }
        ins.stage = st.index;
    }
    // Any other instruction: its stage, and the ARG/ENV scope for substitution. Inline: for nearly every instruction
    // this is its stage and args shared as its expansion.
    void placeOther(Instruction& ins)
    {
        ins.stage = int(m_out.stages.size()) - 1;
        if (ins.stage < 0) {
            placeGlobal(ins);
            return;
        }
        // Values of ARG/ENV pairs are made of characters of args: without a '$' there, there is none in them either.
        const bool dollar = substitutes(ins.kind) && m_argsHaveDollar;
        if (dollar) {
            ins.expanded = expandToArena(ins.args, m_scopes[ins.stage].vars);
        } else {
            m_arena.share(ins.expanded, ins.args);
        }
        if (ins.kind == InstructionKind::Arg || ins.kind == InstructionKind::Env) {
            setVariables(ins, dollar);
        }
    }

    // An instruction before the first FROM: global ARGs.
    [[gnu::noinline]] void placeGlobal(Instruction& ins)
    {
        if (ins.kind == InstructionKind::Arg) {
            for (const KeyValue& kv : ins.pairs) {
                m_out.globalArgs.insert(kv.key, expandShared(kv.value, m_out.globalArgs));
            }
        }
        ins.expanded = m_argsHaveDollar ? expandToArena(ins.args, m_out.globalArgs) : ins.args;
    }

    // The scope of the instruction's stage after its ARG or ENV. Out of line: most instructions set nothing, and would
    // set up this frame (values inline) in placeOther().
    [[gnu::noinline]] void setVariables(const Instruction& ins, bool dollar)
    {
        VarMap& vars = m_scopes[ins.stage].vars;
        if (ins.kind == InstructionKind::Arg) {
            for (const KeyValue& kv : ins.pairs) {
                if (kv.hasValue) {
                    vars.insert(kv.key, dollar ? expandShared(kv.value, vars) : kv.value);
                } else {
                    const QString* global = m_out.globalArgs.find(kv.key);
                    vars.insert(kv.key, global ? *global : QString());
                }
            }
        } else if (ins.kind == InstructionKind::Env) {
            // All pairs of one ENV see the values from before the instruction (Docker's rule, and DL3044's point).
            QVarLengthArray<QString, 8> values;
            for (const KeyValue& kv : ins.pairs) {
                values.push_back(dollar ? expandShared(kv.value, vars) : kv.value);
            }
            for (size_t n = 0; n < ins.pairs.size(); ++n) {
                vars.insert(ins.pairs[n].key, values[qsizetype(n)]);
                m_scopes[ins.stage].env.insert(ins.pairs[n].key, values[qsizetype(n)]);
            }
        }
    }

    QString m_text;
    QVarLengthArray<QStringView, 128> m_lines;                     // a typical file's lines need no allocation
    QVarLengthArray<std::pair<QStringView, Segment>, 16> m_pieces; // of the continued instruction being joined
    QVarLengthArray<char16_t, 1024> m_joined;                      // its logical line, valid while it is being built
    ParsedDockerfile m_out;
    struct Scope
    {
        // User-provided, as VariableMap's is: emplace_back() would otherwise zero both maps' inline storage first.
        Scope() noexcept {}
        Scope(const VarMap& inheritedVars, const VarMap& inheritedEnv) : vars(inheritedVars), env(inheritedEnv) {}

        VarMap vars; // ARG + ENV in scope
        VarMap env;  // ENV only (inherited by stages built FROM this one)
    };
    QVarLengthArray<Scope, 4> m_scopes; // per stage (most files have a few: no allocation for them)
    StringArena m_arena;                // the strings of m_out
    Utf16Buffer m_expansion;            // expansions are built here
    bool m_argsHaveDollar = false;      // of the instruction being placed: its args hold a '$'
    bool m_argsHaveLt = false;          // ... a '<'
    bool m_aliasesIndexed = false;      // m_out.stagesByAlias is kept (more than kStagesScanned stages)
};

} // namespace

qsizetype VariableMap::indexedOf(QStringView name) const
{
    return m_index.value(name, -1);
}

void VariableMap::addToIndex()
{
    // Views into the names' character data: it never moves, however the list of items reallocates, and names are
    // never changed (a copy of the map shares the same data).
    if (m_index.isEmpty()) {
        for (qsizetype n = 0; n < m_items.size(); ++n) {
            m_index.insert(QStringView(m_items[n].first), n);
        }
    } else {
        m_index.insert(QStringView(m_items.back().first), m_items.size() - 1);
    }
}

const Flag* Instruction::findFlag(QStringView name) const
{
    for (const Flag& f : flags) {
        if (f.name == name) {
            return &f;
        }
    }
    return nullptr;
}

Position SegmentMap::at(qsizetype offset) const
{
    if (!set) {
        return {};
    }
    // Pieces are sorted by offset: binary search keeps huge continued instructions linear overall.
    const Segment* best = &first;
    if (!rest.empty() && offset >= rest.front().offset) {
        auto it = std::upper_bound(
            rest.begin(), rest.end(), offset, [](qsizetype o, const Segment& s) { return o < s.offset; });
        best = &*(it - 1);
    }
    return {best->pos.line, std::max(1, best->pos.column + int(offset - best->offset))};
}

Position Instruction::positionAt(qsizetype offset) const
{
    return segments.set ? segments.at(offset) : pos;
}

// Removes every `<<DELIM`, `<<-DELIM`, `<<"DELIM"` and `<<'DELIM'` marker from text. A scan, not a regular expression
// built per heredoc: this runs for every RUN each time a rule asks for its script.
static QString withoutHeredocMarker(const QString& text, const QString& delimiter)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype at = text.indexOf(QLatin1String("<<"), i);
        if (at < 0) {
            break;
        }
        qsizetype q = at + 2;
        if (q < text.size() && text[q] == u'-') {
            ++q;
        }
        QChar quote;
        if (q < text.size() && (text[q] == u'"' || text[q] == u'\'')) {
            quote = text[q];
            ++q;
        }
        bool marker = QStringView(text).mid(q).startsWith(delimiter);
        q += delimiter.size();
        if (marker && !quote.isNull()) {
            marker = q < text.size() && text[q] == quote;
            ++q;
        }
        if (marker && !delimiter.isEmpty()) {
            out += QStringView(text).mid(i, at - i);
            i = q;
        } else {
            out += QStringView(text).mid(i, at + 2 - i);
            i = at + 2;
        }
    }
    out += QStringView(text).mid(i);
    return out;
}

// Instruction::shellScript() of an exec-form RUN or one with heredocs. Out of line: the plain shell form (nearly
// every RUN) then needs neither this frame nor the set's guard.
[[gnu::noinline]] static QString execOrHeredocScript(const Instruction& ins)
{
    const bool execForm = ins.execForm;
    const QStringList& execArgs = ins.execArgs;
    const QString& args = ins.args;
    const std::vector<Heredoc>& heredocs = ins.heredocs;
    static const QSet<QString> shells{
        QStringLiteral("sh"),
        QStringLiteral("bash"),
        QStringLiteral("ash"),
        QStringLiteral("dash"),
        QStringLiteral("zsh"),
        QStringLiteral("/bin/sh"),
        QStringLiteral("/bin/bash"),
        QStringLiteral("/bin/ash"),
        QStringLiteral("/bin/dash"),
        QStringLiteral("/usr/bin/env"),
    };
    if (execForm) {
        // ["/bin/sh", "-c", "script"] runs a script; anything else is one command.
        if (execArgs.size() >= 3 && shells.contains(execArgs[0]) && execArgs[execArgs.size() - 2] == u"-c"_s) {
            return execArgs.last();
        }
        QStringList quoted;
        for (const QString& w : execArgs) {
            quoted << (w.contains(u' ') || w.isEmpty() ? u'\'' + QString(w).replace(u'\'', u'"') + u'\'' : w);
        }
        return quoted.join(u' ');
    }
    if (heredocs.empty()) {
        return args;
    }
    // `RUN <<EOF` (or `RUN bash <<EOF`) feeds the heredoc to the shell; otherwise the heredoc is some program's stdin.
    QString rest = args;
    for (const Heredoc& h : heredocs) {
        rest = withoutHeredocMarker(rest, h.delimiter);
    }
    const QStringList words = rest.split(u' ', Qt::SkipEmptyParts);
    bool shellOnly = words.isEmpty() || shells.contains(words.first());
    for (qsizetype n = 1; shellOnly && n < words.size(); ++n) {
        shellOnly = words[n].startsWith(u'-') && words[n] != u"-c"_s;
    }
    if (!shellOnly) {
        return rest;
    }
    QString script;
    for (const Heredoc& h : heredocs) {
        script += h.body;
    }
    return script;
}

QString Instruction::shellScript() const
{
    if (kind != InstructionKind::Run) {
        return {};
    }
    if (!execForm && heredocs.empty()) {
        return args;
    }
    return execOrHeredocScript(*this);
}

namespace {

// Drops the references of many strings to a few shared blocks with one atomic subtraction per block instead of one
// per string: a parsed file's strings are nearly all slices of its arena's blocks (and copies of its text), and a
// locked decrement per string was a tenth of destroying the file. Strings of other blocks are left to their
// destructors, as are those past the few blocks it tracks; a released string becomes null (without a decrement).
class BulkRelease
{
public:
    BulkRelease() = default;
    BulkRelease(const BulkRelease&) = delete;
    BulkRelease& operator=(const BulkRelease&) = delete;
    ~BulkRelease()
    {
        for (int k = 0; k < m_used; ++k) {
            Entry& e = m_entries[k];
            // The references dropped here were all held (one per released string): the count cannot go below
            // zero, and when it reaches zero nobody else holds the block, which is then freed as the last
            // string's destructor would have.
            if (e.header->ref_.fetchAndSubOrdered(e.count) == e.count) {
                QTypedArrayData<char16_t>::deallocate(e.header);
            }
        }
    }

    void release(QString& s)
    {
        QTypedArrayData<char16_t>* const header = s.data_ptr().d_ptr();
        if (header == nullptr) {
            return; // static data or null: no reference
        }
        int k = 0;
        while (k < m_used && m_entries[k].header != header) {
            ++k;
        }
        if (k == m_used) {
            if (m_used == kTracked) {
                return; // its destructor drops it
            }
            m_entries[m_used++] = {header, 0};
        }
        ++m_entries[k].count;
        // Forget the reference without dropping it (it is counted above): a null DataPointer is made in its place
        // without destroying the old one ([basic.life]: its destructor has no effect the program relies on).
        new (&s.data_ptr()) QString::DataPointer();
    }

private:
    struct Entry
    {
        QTypedArrayData<char16_t>* header;
        int count;
    };
    static constexpr int kTracked = 4; // a file's strings are in its first block, or a few
    Entry m_entries[kTracked];
    int m_used = 0;
};

} // namespace

ParsedDockerfile::~ParsedDockerfile()
{
    BulkRelease blocks;
    for (Instruction& ins : instructions) {
        blocks.release(ins.args);
        blocks.release(ins.expanded);
        blocks.release(ins.sourceText);
        blocks.release(ins.written);
        for (Flag& f : ins.flags) {
            blocks.release(f.name);
            blocks.release(f.value);
        }
        for (KeyValue& kv : ins.pairs) {
            blocks.release(kv.key);
            blocks.release(kv.value);
        }
        for (Heredoc& h : ins.heredocs) {
            blocks.release(h.delimiter);
            blocks.release(h.body);
        }
    }
    for (Comment& c : comments) {
        blocks.release(c.text);
    }
    // The members' own destructors run after this body: the released strings are null, the rest drop their
    // references one by one as before. `blocks` settles before them.
}

int ParsedDockerfile::stageByName(QStringView name, int beforeStage) const
{
    if (name.isEmpty()) {
        return -1;
    }
    // A name that starts with a letter is no number (toInt() skips only leading white space and a sign), and image
    // names nearly always do: skip the conversion for them.
    const QChar first = name.front();
    if (!((first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z'))) {
        bool isNumber = false;
        const int n = name.toInt(&isNumber);
        if (isNumber) {
            return n >= 0 && n < beforeStage && n < int(stages.size()) ? n : -1;
        }
    }
    const int end = std::min(beforeStage, int(stages.size()));
    if (stagesByAlias.isEmpty() && (end <= kStagesScanned || int(stages.size()) <= kStagesScanned)) {
        // No index (a file of few stages): the last stage of that name before `beforeStage`, scanning back. Without
        // an alias among them (most FROMs look up an image name in a file of unnamed stages) there is nothing to find.
        int last = end - 1;
        while (last >= 0 && stages[size_t(last)].alias.isEmpty()) {
            --last;
        }
        if (last < 0) {
            return -1;
        }
        // Aliases are stored lower case; a name already so (nearly all) is compared as it is, without a copy.
        const bool lower = std::none_of(
            name.begin(), name.end(), [](QChar c) { return c.unicode() >= 0x80 || (c >= u'A' && c <= u'Z'); });
        QString lowered;
        const QStringView key = lower ? name : QStringView(lowered = name.toString().toLower());
        for (int s = last; s >= 0; --s) {
            const QString& alias = stages[size_t(s)].alias;
            if (alias.size() == key.size() && sameUnits(QStringView(alias).utf16(), key.utf16(), key.size())) {
                return s;
            }
        }
        return -1;
    }
    if (stagesByAlias.isEmpty()) {
        return -1;
    }
    // Aliases are stored lower case; a name already so (nearly all) is looked up as it is, without a copy: the
    // non-owning key lives only for the lookup.
    const bool lower =
        std::none_of(name.begin(), name.end(), [](QChar c) { return c.unicode() >= 0x80 || (c >= u'A' && c <= u'Z'); });
    const auto it =
        stagesByAlias.constFind(lower ? QString::fromRawData(name.data(), name.size()) : name.toString().toLower());
    if (it == stagesByAlias.constEnd()) {
        return -1;
    }
    // The last stage of that name defined before `beforeStage`.
    auto pos = std::lower_bound(it->begin(), it->end(), beforeStage);
    return pos == it->begin() ? -1 : *(pos - 1);
}

ParsedDockerfile parseDockerfile(const QByteArray& data, const QString& path)
{
    return Parser(data, path).run();
}

QString expandVariables(QStringView text, const QHash<QString, QString>& vars, QChar escape)
{
    const auto lookup = [&vars](QStringView name) -> const QString* {
        const auto it = vars.constFind(name.toString());
        return it == vars.constEnd() ? nullptr : &*it;
    };
    return expandWith(text, lookup, escape);
}

namespace {

// parseKeyValues(), making each key and value with `make(view)` (toString(), or a copy into the parser's arena).
template<typename Make>
std::vector<KeyValue> parseKeyValuesWith(QStringView text, bool legacyAllowed, QChar escape, const Make& make)
{
    std::vector<KeyValue> out;
    // Tokenise on unquoted whitespace, dropping quotes and escapes. Most tokens have neither: they stay views of
    // `text` (`plain`), and only the others are rebuilt into `units`, one after the other (one buffer for all of them,
    // with inline appends, instead of a QString each).
    struct Token
    {
        QStringView text;     // the token without quotes and escapes: a slice of `text`, or of `units`
        qsizetype ownedStart; // where the token's rebuilt text starts in `units`
        qsizetype ownedSize;  // its length; 0 when nothing was appended (the token was a null string then)
        bool plain;
        qsizetype offset;
        qsizetype eqInRaw; // position of the first unquoted '=' in text, or -1
    };
    QVarLengthArray<Token, 8> tokens; // a LABEL or ENV has a few pairs: no allocation for them
    QVarLengthArray<char16_t, 256> units;
    const char16_t esc = escape.unicode();
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        if (i >= text.size()) {
            break;
        }
        Token t{QStringView(), units.size(), 0, true, i, -1};
        qsizetype j = i;
        while (j < text.size()) {
            // Every character that ends or interrupts a plain token (white space, quotes, '=', the escape character)
            // is at most '\'' but '=' and the escape character: one comparison passes nearly all the others.
#if defined(__SSE2__)
            // Eight at a time first (signed: units from 0x8000 count as candidates too, and pass the test below).
            j = skipPlainKeyValueUnits(text, j, esc);
            if (j >= text.size()) {
                break;
            }
#endif
            const char16_t d = text[j].unicode();
            if (d > u'\'' && d != u'=' && d != esc) {
                ++j;
                continue;
            }
            if (isSpace(QChar(d))) {
                break;
            }
            if (d == esc || d == u'"' || d == u'\'') {
                t.plain = false;
                break;
            }
            if (d == u'=' && t.eqInRaw < 0) {
                t.eqInRaw = j - i;
            }
            ++j;
        }
        if (t.plain) {
            t.text = text.sliced(i, j - i);
            i = j;
            tokens.push_back(t);
            continue;
        }
        t.eqInRaw = -1;
        QChar quote;
        while (i < text.size() && (!quote.isNull() || !isSpace(text[i]))) {
            const QChar c = text[i];
            if (c == escape && i + 1 < text.size() && quote != u'\'') {
                units.append(text[i + 1].unicode());
                i += 2;
                continue;
            }
            if (quote.isNull() && (c == u'"' || c == u'\'')) {
                quote = c;
                ++i;
                continue;
            }
            if (!quote.isNull() && c == quote) {
                quote = QChar();
                ++i;
                continue;
            }
            if (c == u'=' && quote.isNull() && t.eqInRaw < 0) {
                t.eqInRaw = units.size() - t.ownedStart;
            }
            // c and the plain characters after it (none of which changes the state above) are appended in one go.
            qsizetype e = i + 1;
            while (e < text.size()) {
#if defined(__SSE2__)
                // Eight at a time past units that cannot stop the run (a quoted value is a long one).
                e = skipPlainKeyValueUnits(text, e, esc);
                if (e >= text.size()) {
                    break;
                }
#endif
                const QChar d = text[e];
                if (d == escape || d == u'"' || d == u'\'' || d == u'=' || (quote.isNull() && isSpace(d))) {
                    break;
                }
                ++e;
            }
            units.append(text.utf16() + i, e - i);
            i = e;
        }
        t.ownedSize = units.size() - t.ownedStart;
        tokens.push_back(t);
    }
    for (Token& t : tokens) {
        if (!t.plain) {
            t.text = QStringView(units.constData() + t.ownedStart, t.ownedSize); // now that `units` stopped growing
        }
    }
    // The token as a string: null when a rebuilt token got no characters (`""`), as the QString it was built in was.
    const auto tokenString = [&make](const Token& t) { return t.plain || t.ownedSize > 0 ? make(t.text) : QString(); };
    if (tokens.empty()) {
        return out;
    }
    if (legacyAllowed && tokens.front().eqInRaw < 0) {
        // Legacy `ENV key value with spaces`: one pair, the value is the rest of the line.
        KeyValue kv;
        kv.key = tokenString(tokens.front());
        kv.offset = tokens.front().offset;
        if (tokens.size() > 1) {
            QString v;
            for (qsizetype n = 1; n < tokens.size(); ++n) {
                if (n > 1) {
                    v += u' ';
                }
                v += tokens[n].text; // appending an empty token keeps `v` null, as appending a null string did
            }
            kv.value = v;
            kv.hasValue = true;
        }
        out.push_back(std::move(kv));
        return out;
    }
    out.reserve(size_t(tokens.size()));
    for (const Token& t : tokens) {
        KeyValue& kv = out.emplace_back();
        kv.offset = t.offset;
        if (t.eqInRaw >= 0) {
            // As QString::first()/sliced() make them: never null, even when empty.
            kv.key = make(QStringView(t.text.data(), t.eqInRaw));
            kv.value = make(QStringView(t.text.data() + t.eqInRaw + 1, t.text.size() - t.eqInRaw - 1));
            kv.hasValue = true;
        } else {
            kv.key = tokenString(t);
        }
    }
    return out;
}

} // namespace

std::vector<KeyValue> parseKeyValues(QStringView text, bool legacyAllowed, QChar escape)
{
    return parseKeyValuesWith(text, legacyAllowed, escape, [](QStringView s) { return s.toString(); });
}

} // namespace bulkhead::dockerfile
