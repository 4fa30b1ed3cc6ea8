# SPDX-License-Identifier: GPL-3.0-or-later
bulkhead_add_fuzzer(snapshot LIBS bulkhead_engine bulkhead_model)
