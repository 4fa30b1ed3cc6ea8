// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/jsondom.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <system_error>

namespace bulkhead::model::jsondom {

Value::Iterator Value::find(std::string_view key) const
{
    if (m_type != Type::Object) {
        return end();
    }
    const Value* found = nullptr;
    const Value* const stop = next();
    for (const Value* k = this + 1; k != stop; k = k[1].next()) {
        if (k->m_len == key.size() && std::memcmp(k->m_v.s, key.data(), key.size()) == 0) {
            found = k; // keep going: the last duplicate wins, as in nlohmann
        }
    }
    return found != nullptr ? Iterator(found, true) : end();
}

const Value& Value::operator[](std::size_t i) const
{
    const Value* v = this + 1;
    while (i-- > 0) {
        v = v->next();
    }
    return *v;
}

std::vector<std::pair<std::string_view, const Value*>> Value::sortedMembers() const
{
    std::vector<std::pair<std::string_view, const Value*>> out;
    if (m_type != Type::Object) {
        return out;
    }
    out.reserve(m_len);
    for (auto it = begin(); it != end(); ++it) {
        out.emplace_back(it.key(), &*it);
    }
    // std::string's operator< compares bytes as unsigned char, like string_view's.
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    // Of equal keys keep the last (stable sort kept document order).
    std::vector<std::pair<std::string_view, const Value*>> unique;
    unique.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (i + 1 < out.size() && out[i + 1].first == out[i].first) {
            continue;
        }
        unique.push_back(out[i]);
    }
    return unique;
}

const Value& Value::emptyObject()
{
    static const Value kEmpty = [] {
        Value v;
        v.m_type = Type::Object;
        return v;
    }();
    return kEmpty;
}

// ---------------------------------------------------------------- parser

class Document::Parser
{
public:
    Parser(Document& doc, const char* begin, const char* end, int maxDepth)
        : m_doc(doc), m_p(begin), m_end(end), m_maxDepth(maxDepth)
    {}

    bool run()
    {
        skipSpace();
        if (!value(0)) {
            return false;
        }
        skipSpace();
        return m_p == m_end;
    }

private:
    Document& m_doc;
    const char* m_p;
    const char* m_end;
    int m_maxDepth;
    std::string m_buf;

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t')) {
            ++m_p;
        }
    }

    std::size_t push(Type t)
    {
        m_doc.m_nodes.emplace_back();
        m_doc.m_nodes.back().m_type = t;
        return m_doc.m_nodes.size() - 1;
    }

    bool literal(const char* word, std::size_t n)
    {
        if (static_cast<std::size_t>(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0) {
            return false;
        }
        m_p += n;
        return true;
    }

    bool value(int depth)
    {
        if (m_p == m_end) {
            return false;
        }
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            if (!literal("true", 4)) {
                return false;
            }
            m_doc.m_nodes[push(Type::Boolean)].m_v.b = true;
            return true;
        case 'f':
            if (!literal("false", 5)) {
                return false;
            }
            m_doc.m_nodes[push(Type::Boolean)].m_v.b = false;
            return true;
        case 'n':
            if (!literal("null", 4)) {
                return false;
            }
            push(Type::Null);
            return true;
        default:
            return number();
        }
    }

    bool finish(std::size_t at, std::uint32_t count)
    {
        Value& v = m_doc.m_nodes[at];
        const std::size_t span = m_doc.m_nodes.size() - at;
        if (span > std::numeric_limits<std::uint32_t>::max()) {
            return false;
        }
        v.m_span = static_cast<std::uint32_t>(span);
        v.m_len = count;
        return true;
    }

    bool array(int depth)
    {
        if (depth > m_maxDepth) {
            return false;
        }
        ++m_p; // [
        const std::size_t at = push(Type::Array);
        std::uint32_t count = 0;
        skipSpace();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return finish(at, 0);
        }
        for (;;) {
            if (!value(depth)) {
                return false;
            }
            if (++count == 0) {
                return false;
            }
            switch (afterElement(']')) {
            case Next::More:
                continue;
            case Next::Closed:
                return finish(at, count);
            case Next::Invalid:
                break;
            }
            return false;
        }
    }

    enum class Next
    {
        More,   // ',' read: another element follows
        Closed, // the closing bracket read
        Invalid,
    };
    // After an array element or object member: a ',' or the closing bracket, with the white space around them.
    Next afterElement(char close)
    {
        skipSpace();
        if (m_p == m_end) {
            return Next::Invalid;
        }
        if (*m_p == ',') {
            ++m_p;
            skipSpace();
            return Next::More;
        }
        if (*m_p == close) {
            ++m_p;
            return Next::Closed;
        }
        return Next::Invalid;
    }

    bool object(int depth)
    {
        if (depth > m_maxDepth) {
            return false;
        }
        ++m_p; // {
        const std::size_t at = push(Type::Object);
        std::uint32_t count = 0;
        skipSpace();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return finish(at, 0);
        }
        for (;;) {
            if (m_p == m_end || *m_p != '"' || !string()) {
                return false;
            }
            skipSpace();
            if (m_p == m_end || *m_p != ':') {
                return false;
            }
            ++m_p;
            skipSpace();
            if (!value(depth)) {
                return false;
            }
            if (++count == 0) {
                return false;
            }
            switch (afterElement('}')) {
            case Next::More:
                continue;
            case Next::Closed:
                return finish(at, count);
            case Next::Invalid:
                break;
            }
            return false;
        }
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    // Four hex digits after "\u" (m_p at the first); -1 when malformed.
    int codeUnit()
    {
        if (m_end - m_p < 4) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex(m_p[i]);
            if (h < 0) {
                return -1;
            }
            v = v * 16 + h;
        }
        m_p += 4;
        return v;
    }

    static bool inRange(unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; }

    // One UTF-8 sequence starting at m_p (a byte >= 0x80), checked as nlohmann's lexer checks it.
    bool utf8()
    {
        const auto at = [this](std::ptrdiff_t i) -> unsigned char {
            return m_p + i < m_end ? static_cast<unsigned char>(m_p[i]) : 0;
        };
        const unsigned char c = at(0);
        int n = 0;
        if (inRange(c, 0xC2, 0xDF)) {
            n = inRange(at(1), 0x80, 0xBF) ? 2 : 0;
        } else if (c == 0xE0) {
            n = inRange(at(1), 0xA0, 0xBF) && inRange(at(2), 0x80, 0xBF) ? 3 : 0;
        } else if (inRange(c, 0xE1, 0xEC) || inRange(c, 0xEE, 0xEF)) {
            n = inRange(at(1), 0x80, 0xBF) && inRange(at(2), 0x80, 0xBF) ? 3 : 0;
        } else if (c == 0xED) {
            n = inRange(at(1), 0x80, 0x9F) && inRange(at(2), 0x80, 0xBF) ? 3 : 0;
        } else if (c == 0xF0) {
            n = inRange(at(1), 0x90, 0xBF) && inRange(at(2), 0x80, 0xBF) && inRange(at(3), 0x80, 0xBF) ? 4 : 0;
        } else if (inRange(c, 0xF1, 0xF3)) {
            n = inRange(at(1), 0x80, 0xBF) && inRange(at(2), 0x80, 0xBF) && inRange(at(3), 0x80, 0xBF) ? 4 : 0;
        } else if (c == 0xF4) {
            n = inRange(at(1), 0x80, 0x8F) && inRange(at(2), 0x80, 0xBF) && inRange(at(3), 0x80, 0xBF) ? 4 : 0;
        }
        if (n == 0) {
            return false;
        }
        m_p += n;
        return true;
    }

    static void appendUtf8(std::string& out, std::uint32_t cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    // An escape sequence (m_p after the backslash), appended to m_buf.
    bool escape()
    {
        if (m_p == m_end) {
            return false;
        }
        const char c = *m_p++;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            m_buf += c;
            return true;
        case 'b':
            m_buf += '\b';
            return true;
        case 'f':
            m_buf += '\f';
            return true;
        case 'n':
            m_buf += '\n';
            return true;
        case 'r':
            m_buf += '\r';
            return true;
        case 't':
            m_buf += '\t';
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        const int first = codeUnit();
        if (first < 0) {
            return false;
        }
        std::uint32_t cp = static_cast<std::uint32_t>(first);
        if (first >= 0xD800 && first <= 0xDBFF) {
            // A high surrogate must be followed by an escaped low one.
            if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u') {
                return false;
            }
            m_p += 2;
            const int second = codeUnit();
            if (second < 0xDC00 || second > 0xDFFF) {
                return false;
            }
            cp = 0x10000 + ((static_cast<std::uint32_t>(first) - 0xD800) << 10) +
                 (static_cast<std::uint32_t>(second) - 0xDC00);
        } else if (first >= 0xDC00 && first <= 0xDFFF) {
            return false;
        }
        appendUtf8(m_buf, cp);
        return true;
    }

    bool string()
    {
        ++m_p; // opening quote
        const char* const start = m_p;
        // Fast path: no escapes, the value points into the input.
        while (m_p != m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                return stringNode(start, static_cast<std::size_t>(m_p++ - start));
            }
            if (c == '\\') {
                break;
            }
            if (c < 0x20) {
                return false;
            }
            if (c < 0x80) {
                ++m_p;
            } else if (!utf8()) {
                return false;
            }
        }
        if (m_p == m_end) {
            return false;
        }
        m_buf.assign(start, m_p);
        while (m_p != m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                m_doc.m_unescaped.push_back(m_buf);
                const std::string& kept = m_doc.m_unescaped.back();
                return stringNode(kept.data(), kept.size());
            }
            if (c == '\\') {
                ++m_p;
                if (!escape()) {
                    return false;
                }
                continue;
            }
            if (c < 0x20) {
                return false;
            }
            const char* const from = m_p;
            if (c < 0x80) {
                ++m_p;
            } else if (!utf8()) {
                return false;
            }
            m_buf.append(from, m_p);
        }
        return false;
    }

    bool stringNode(const char* data, std::size_t size)
    {
        if (size > std::numeric_limits<std::uint32_t>::max()) {
            return false;
        }
        Value& v = m_doc.m_nodes[push(Type::String)];
        v.m_v.s = data;
        v.m_len = static_cast<std::uint32_t>(size);
        return true;
    }

    static bool digit(char c) { return c >= '0' && c <= '9'; }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? typed as nlohmann types it: an integer that fits int64 (negative)
    // or uint64 (otherwise), else a double; a double that is not finite is an error there.
    bool number()
    {
        const char* const start = m_p;
        const bool negative = *m_p == '-';
        if (negative) {
            ++m_p;
        }
        if (m_p == m_end || !digit(*m_p)) {
            return false;
        }
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p != m_end && digit(*m_p)) {
                ++m_p;
            }
        }
        bool integral = true;
        if (m_p != m_end && *m_p == '.') {
            integral = false;
            ++m_p;
            if (m_p == m_end || !digit(*m_p)) {
                return false;
            }
            while (m_p != m_end && digit(*m_p)) {
                ++m_p;
            }
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            integral = false;
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-')) {
                ++m_p;
            }
            if (m_p == m_end || !digit(*m_p)) {
                return false;
            }
            while (m_p != m_end && digit(*m_p)) {
                ++m_p;
            }
        }
        if (integral) {
            if (negative) {
                std::int64_t i = 0;
                const auto r = std::from_chars(start, m_p, i);
                if (r.ec == std::errc() && r.ptr == m_p) {
                    m_doc.m_nodes[push(Type::Integer)].m_v.i = i;
                    return true;
                }
            } else {
                std::uint64_t u = 0;
                const auto r = std::from_chars(start, m_p, u);
                if (r.ec == std::errc() && r.ptr == m_p) {
                    m_doc.m_nodes[push(Type::Unsigned)].m_v.u = u;
                    return true;
                }
            }
            // Out of range for a 64-bit integer: a double, as in nlohmann.
        }
        double d = 0;
        const auto r = std::from_chars(start, m_p, d);
        // Overflow is an error in nlohmann, underflow is not: both go back to it (rare, exact either way).
        if (r.ec != std::errc() || r.ptr != m_p || !std::isfinite(d)) {
            return false;
        }
        m_doc.m_nodes[push(Type::Float)].m_v.d = d;
        return true;
    }
};

bool Document::parse(const char* begin, const char* end, int maxDepth)
{
    clear();
    // Docker payloads hold a node (value or key) every 10-12 bytes; reserving untouched capacity costs no memory, a
    // reallocation halfway would copy every node.
    m_nodes.reserve(static_cast<std::size_t>(end - begin) / 8 + 16);
    Parser parser(*this, begin, end, maxDepth);
    if (!parser.run()) {
        clear();
        return false;
    }
    return true;
}

const Value& Document::root() const
{
    static const Value kNull;
    return m_nodes.empty() ? kNull : m_nodes.front();
}

void Document::clear()
{
    std::vector<Value>().swap(m_nodes);
    m_unescaped.clear();
}

} // namespace bulkhead::model::jsondom
