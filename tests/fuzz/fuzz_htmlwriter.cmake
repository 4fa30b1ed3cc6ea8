# SPDX-License-Identifier: GPL-3.0-or-later
bulkhead_add_fuzzer(htmlwriter LIBS bulkhead_report bulkhead_rules)
