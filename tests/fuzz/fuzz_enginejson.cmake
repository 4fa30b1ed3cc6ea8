# SPDX-License-Identifier: GPL-3.0-or-later
bulkhead_add_fuzzer(enginejson LIBS bulkhead_model)
