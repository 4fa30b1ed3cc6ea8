// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A read-only JSON document in one flat array, for reading big documents (a snapshot of 10,000 containers is 20 MB)
// without nlohmann::json's tree of std::map nodes and std::string copies, which cost more than everything done with
// the data afterwards.
//
// It accepts exactly what nlohmann::json::parse accepts (RFC 8259, UTF-8 checked the same way, numbers typed the same
// way: integer, unsigned or float), minus a few rarities it leaves to nlohmann (a byte order mark, floats whose
// conversion over- or underflows, a NUL byte after the value, which nlohmann takes for the end): parse() then returns
// false and the caller takes the nlohmann path, which gives the same result or the exact error message. Lookups behave
// like nlohmann's: the last of duplicate keys wins, and sortedMembers() lists an object in nlohmann's order (by key
// bytes, duplicates removed).
//
// Values are nodes in pre-order: a container's children follow it, and each node knows the size of its subtree, so
// siblings are one addition apart. Strings point into the parsed bytes (or, when they had escapes, into the
// document's own storage): the bytes must outlive the Document.

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bulkhead::model::jsondom {

enum class Type : std::uint8_t
{
    Null,
    Boolean,
    Integer,  // negative integers (nlohmann's number_integer)
    Unsigned, // non-negative integers (number_unsigned)
    Float,
    String,
    Array,
    Object,
};

class Value
{
public:
    class Iterator
    {
    public:
        Iterator(const Value* at, bool members) : m_at(at), m_members(members) {}
        const Value& operator*() const { return m_members ? m_at[1] : *m_at; }
        const Value* operator->() const { return &**this; }
        // Object members only.
        std::string_view key() const { return m_at->str(); }
        Iterator& operator++()
        {
            m_at = m_members ? m_at[1].next() : m_at->next();
            return *this;
        }
        bool operator==(const Iterator& o) const { return m_at == o.m_at; }
        bool operator!=(const Iterator& o) const { return m_at != o.m_at; }

    private:
        const Value* m_at; // the element, or the key node of a member
        bool m_members;
    };

    Type type() const { return m_type; }
    bool is_null() const { return m_type == Type::Null; }
    bool is_boolean() const { return m_type == Type::Boolean; }
    bool is_number_integer() const { return m_type == Type::Integer || m_type == Type::Unsigned; }
    bool is_number_unsigned() const { return m_type == Type::Unsigned; }
    bool is_number_float() const { return m_type == Type::Float; }
    bool is_number() const { return is_number_integer() || is_number_float(); }
    bool is_string() const { return m_type == Type::String; }
    bool is_array() const { return m_type == Type::Array; }
    bool is_object() const { return m_type == Type::Object; }

    std::string_view str() const
    {
        return m_type == Type::String ? std::string_view(m_v.s, m_len) : std::string_view();
    }
    bool boolean() const { return m_type == Type::Boolean && m_v.b; }
    // nlohmann's get<T>() for numbers: a static_cast from whatever the number is stored as.
    template<typename T> T get() const
    {
        switch (m_type) {
        case Type::Integer:
            return static_cast<T>(m_v.i);
        case Type::Unsigned:
            return static_cast<T>(m_v.u);
        case Type::Float:
            return static_cast<T>(m_v.d);
        case Type::Boolean:
            return static_cast<T>(m_v.b);
        default:
            return T();
        }
    }

    // Elements of an array, members of an object, 0 otherwise.
    std::size_t size() const { return m_type == Type::Array || m_type == Type::Object ? m_len : 0; }
    bool empty() const { return size() == 0; }
    // Iterates the elements of an array or the member values of an object (key() on the iterator), in document order.
    Iterator begin() const { return Iterator(this + 1, m_type == Type::Object); }
    Iterator end() const { return Iterator(next(), m_type == Type::Object); }
    // The member `key` of an object (the last one if the key repeats), or end().
    Iterator find(std::string_view key) const;
    // Array element i (i < size()); linear in i.
    const Value& operator[](std::size_t i) const;
    // An object's members as nlohmann iterates them: sorted by key bytes, one per key (the last).
    std::vector<std::pair<std::string_view, const Value*>> sortedMembers() const;

    // The node after this value's subtree.
    const Value* next() const { return this + m_span; }

    static const Value& emptyObject();

private:
    friend class Document;
    union {
        std::int64_t i;
        std::uint64_t u;
        double d;
        const char* s;
        bool b;
    } m_v{};
    std::uint32_t m_len = 0;  // string bytes, or elements / members of a container
    std::uint32_t m_span = 1; // nodes in this subtree, this one included
    Type m_type = Type::Null;
};

class Document
{
public:
    // Parses [begin, end). False when it is not one JSON value nlohmann would accept (or one of the rarities above),
    // or nests deeper than maxDepth; the document is then empty. The bytes must outlive the document.
    bool parse(const char* begin, const char* end, int maxDepth);
    // The root value (null when nothing was parsed).
    const Value& root() const;
    // Frees the nodes.
    void clear();

private:
    class Parser;
    std::vector<Value> m_nodes;
    std::deque<std::string> m_unescaped; // strings that had escapes (pointers into a deque's elements stay valid)
};

} // namespace bulkhead::model::jsondom
