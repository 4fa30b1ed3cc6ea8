// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes JSON straight into a string, byte for byte as nlohmann::json::dump(2, ' ', false, replace) prints the same
// document: two-space indent, "key": value, "{}"/"[]" when empty, strings escaped the same way (\u001f in lower
// case, non-ASCII left as UTF-8, invalid UTF-8 replaced). Large outputs (10,000 containers) were built as a json tree
// and then dumped: that tree cost more CPU and memory than the scan itself.
//
// nlohmann's objects are std::maps, so the trees printed their keys sorted: callers writing a format that used to be
// dumped from a tree must write the keys in byte order (uppercase before lowercase) to keep the output unchanged.

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead::cli {

class JsonWriter
{
public:
    explicit JsonWriter(std::string& out) : m_out(out) {}

    void beginObject()
    {
        beforeValue();
        m_out += '{';
        m_counts.push_back(0);
    }
    void endObject() { close('}'); }
    void beginArray()
    {
        beforeValue();
        m_out += '[';
        m_counts.push_back(0);
    }
    void endArray() { close(']'); }

    // The next value written is this key's.
    JsonWriter& key(std::string_view name)
    {
        separate();
        escaped(name);
        m_out += ": ";
        m_afterKey = true;
        return *this;
    }

    void null()
    {
        beforeValue();
        m_out += "null";
    }
    void boolean(bool v)
    {
        beforeValue();
        m_out += v ? "true" : "false";
    }
    void integer(std::int64_t v)
    {
        beforeValue();
        m_out += std::to_string(v);
    }
    void unsignedInteger(std::uint64_t v)
    {
        beforeValue();
        m_out += std::to_string(v);
    }
    // Floating point: nlohmann's shortest round-trip form ("1.0", "0.7"), so it is left to nlohmann.
    void number(double v)
    {
        beforeValue();
        m_out += nlohmann::json(v).dump();
    }
    void string(std::string_view v)
    {
        beforeValue();
        escaped(v);
    }
    void string(const QString& v)
    {
        beforeValue();
        escaped(v);
    }
    void string(const char* v) { string(std::string_view(v)); }
    // Any json value, laid out as if it were part of the tree being dumped.
    void value(const nlohmann::json& v)
    {
        switch (v.type()) {
        case nlohmann::json::value_t::object:
            beginObject();
            for (auto it = v.begin(); it != v.end(); ++it) {
                key(it.key());
                value(*it);
            }
            endObject();
            return;
        case nlohmann::json::value_t::array:
            beginArray();
            for (const nlohmann::json& e : v) {
                value(e);
            }
            endArray();
            return;
        default:
            beforeValue();
            m_out += v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            return;
        }
    }

    // A string field: key(name) then string(value).
    template<typename T> void field(std::string_view name, const T& v)
    {
        key(name);
        string(v);
    }

private:
    void indent(std::size_t levels) { m_out.append(levels * 2, ' '); }

    // A new element of the enclosing object or array: its separator and indent.
    void separate()
    {
        if (m_counts.empty()) {
            return;
        }
        m_out += m_counts.back()++ == 0 ? "\n" : ",\n";
        indent(m_counts.size());
    }
    void beforeValue()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        separate();
    }
    void close(char bracket)
    {
        const std::size_t count = m_counts.back();
        m_counts.pop_back();
        if (count > 0) {
            m_out += '\n';
            indent(m_counts.size());
        }
        m_out += bracket;
    }

    void escapedAscii(char c)
    {
        switch (c) {
        case '"':
            m_out += "\\\"";
            return;
        case '\\':
            m_out += "\\\\";
            return;
        case '\b':
            m_out += "\\b";
            return;
        case '\f':
            m_out += "\\f";
            return;
        case '\n':
            m_out += "\\n";
            return;
        case '\r':
            m_out += "\\r";
            return;
        case '\t':
            m_out += "\\t";
            return;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += kHex[(c >> 4) & 0xf];
                m_out += kHex[c & 0xf];
            } else {
                m_out += c;
            }
        }
    }

    static bool plain(unsigned c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

    // ASCII is escaped here (strings with nothing to escape are copied in one go); anything else goes through
    // nlohmann so multi-byte and invalid sequences come out exactly as the tree dump wrote them.
    void escaped(std::string_view v)
    {
        bool allPlain = true;
        for (const char c : v) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x80) {
                m_out += nlohmann::json(std::string(v)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
                return;
            }
            allPlain = allPlain && plain(u);
        }
        m_out += '"';
        if (allPlain) {
            m_out += v;
        } else {
            for (const char c : v) {
                escapedAscii(c);
            }
        }
        m_out += '"';
    }
    void escaped(const QString& v)
    {
        bool allPlain = true;
        for (const QChar c : v) {
            if (c.unicode() >= 0x80) {
                m_out += nlohmann::json(v.toStdString()).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
                return;
            }
            allPlain = allPlain && plain(c.unicode());
        }
        if (allPlain) {
            const std::size_t at = m_out.size();
            m_out.resize(at + static_cast<std::size_t>(v.size()) + 2);
            char* p = m_out.data() + at;
            *p++ = '"';
            for (const QChar c : v) {
                *p++ = static_cast<char>(c.unicode());
            }
            *p = '"';
            return;
        }
        m_out += '"';
        for (const QChar c : v) {
            escapedAscii(static_cast<char>(c.unicode()));
        }
        m_out += '"';
    }

    std::string& m_out;
    std::vector<std::size_t> m_counts; // elements written so far, per open object/array
    bool m_afterKey = false;
};

// ["a", "b"]
inline void writeStrings(JsonWriter& w, const QStringList& list)
{
    w.beginArray();
    for (const QString& item : list) {
        w.string(item);
    }
    w.endArray();
}

// A collection issue as inventory and scan print it: {"what", "where"}.
inline void writeIssue(JsonWriter& w, const QString& where, const QString& what)
{
    w.beginObject();
    w.field("what", what);
    w.field("where", where);
    w.endObject();
}

} // namespace bulkhead::cli
