# SPDX-License-Identifier: GPL-3.0-or-later
bulkhead_add_fuzzer(review LIBS bulkhead_review)
