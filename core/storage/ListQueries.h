// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/RecordList.h"

#include <optional>

namespace rapport {

/// The lists the views page through. Every sortable column sorts on an indexed expression, so
/// each page is an index range scan whatever the table's size.
namespace ListQueries {
ListSpec contacts();
ListSpec accounts();
ListSpec leads();
ListSpec opportunities();
ListSpec tickets();
ListSpec articles();
ListSpec campaigns();
/// Activities ordered by start; combine with a condition on t.start_at (and t.owner_id).
ListSpec activities();
/// The list for a record type, or nullopt when there is none.
std::optional<ListSpec> forType(EntityType type);
} // namespace ListQueries

} // namespace rapport
