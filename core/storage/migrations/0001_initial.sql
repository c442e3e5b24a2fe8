-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Rapport contributors
--
-- Schema 1: every synced record type, and the local bookkeeping of the write path.
--
-- Synced tables share one shape: an integer rid (local only: it keys the search index), the UUIDv7 id
-- that identifies the record everywhere, display_title (computed by SQLite, never stored), sort_key on
-- tables listed by name (accent- and case-folded, so sorted lists and keyset paging use one index), the
-- fields, then the tombstone (deleted,
-- merged_into) and the clocks: hlc_created stamps every field at creation; hlc_fields is a JSON object
-- holding the stamps of fields changed since (NULL until the first change).
--
-- References between synced records are plain ids without FOREIGN KEY clauses on purpose: sync may
-- deliver a child before its parent, and a user may see a record whose parent is outside their scope.
-- The write path checks local references; declared foreign keys guard the local index tables.

PRAGMA application_id = 1380012112;

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT
) WITHOUT ROWID;

CREATE TABLE users (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (display_name) VIRTUAL,
  sort_key TEXT NOT NULL DEFAULT '',
  username TEXT NOT NULL,
  display_name TEXT NOT NULL,
  email TEXT,
  role TEXT NOT NULL,
  team_id TEXT,
  manager_id TEXT,
  active INTEGER,
  time_zone TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX users_by_username ON users(username);
CREATE INDEX users_by_team_id ON users(team_id);

CREATE TABLE teams (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (name) VIRTUAL,
  sort_key TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  manager_id TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);

CREATE TABLE accounts (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (name) VIRTUAL,
  sort_key TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  parent_id TEXT,
  industry TEXT,
  segment TEXT,
  tier TEXT,
  website TEXT,
  phone TEXT,
  phone_e164 TEXT,
  email TEXT,
  addresses TEXT,
  city TEXT,
  country TEXT,
  owner_id TEXT,
  team_id TEXT,
  annual_revenue INTEGER,
  currency TEXT,
  employees INTEGER,
  tags TEXT,
  notes TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX accounts_by_sort_key ON accounts(sort_key);
CREATE INDEX accounts_by_parent_id ON accounts(parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX accounts_by_owner_id_sort_key ON accounts(owner_id, sort_key);
CREATE INDEX accounts_by_country ON accounts(country);
CREATE INDEX accounts_by_city ON accounts(city);
CREATE INDEX accounts_by_updated_at ON accounts(updated_at);

CREATE TABLE contacts (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (trim(coalesce(first_name, '') || ' ' || last_name)) VIRTUAL,
  sort_key TEXT NOT NULL DEFAULT '',
  salutation TEXT,
  first_name TEXT,
  last_name TEXT NOT NULL,
  job_title TEXT,
  department TEXT,
  account_id TEXT,
  reports_to_id TEXT,
  emails TEXT,
  phones TEXT,
  addresses TEXT,
  primary_email TEXT,
  primary_phone TEXT,
  city TEXT,
  country TEXT,
  birthday TEXT,
  language TEXT,
  time_zone TEXT,
  consent TEXT,
  tags TEXT,
  owner_id TEXT,
  team_id TEXT,
  notes TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX contacts_by_sort_key ON contacts(sort_key);
CREATE INDEX contacts_by_account_id ON contacts(account_id);
CREATE INDEX contacts_by_reports_to_id ON contacts(reports_to_id) WHERE reports_to_id IS NOT NULL;
CREATE INDEX contacts_by_owner_id_sort_key ON contacts(owner_id, sort_key);
CREATE INDEX contacts_by_country ON contacts(country);
CREATE INDEX contacts_by_city ON contacts(city);
CREATE INDEX contacts_by_updated_at ON contacts(updated_at);

CREATE TABLE leads (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (trim(coalesce(first_name, '') || ' ' || last_name)) VIRTUAL,
  sort_key TEXT NOT NULL DEFAULT '',
  first_name TEXT,
  last_name TEXT NOT NULL,
  company TEXT,
  job_title TEXT,
  email TEXT,
  phone TEXT,
  phone_e164 TEXT,
  city TEXT,
  country TEXT,
  source TEXT,
  status TEXT NOT NULL,
  score INTEGER,
  campaign_id TEXT,
  owner_id TEXT,
  converted_account_id TEXT,
  converted_contact_id TEXT,
  converted_opportunity_id TEXT,
  converted_at INTEGER,
  notes TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX leads_by_sort_key ON leads(sort_key);
CREATE INDEX leads_by_owner_id_status ON leads(owner_id, status);
CREATE INDEX leads_by_status ON leads(status);

CREATE TABLE activities (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (subject) VIRTUAL,
  type TEXT NOT NULL,
  subject TEXT NOT NULL,
  description TEXT,
  start_at INTEGER,
  end_at INTEGER,
  due_at INTEGER,
  all_day INTEGER,
  time_zone TEXT,
  location TEXT,
  done INTEGER,
  outcome TEXT,
  duration_s INTEGER,
  contact_id TEXT,
  account_id TEXT,
  opportunity_id TEXT,
  ticket_id TEXT,
  owner_id TEXT NOT NULL,
  reminder_at INTEGER,
  reminder_done INTEGER,
  rrule TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX activities_by_owner_id_start_at ON activities(owner_id, start_at);
CREATE INDEX activities_by_start_at ON activities(start_at);
CREATE INDEX activities_by_owner_id_due_at ON activities(owner_id, due_at) WHERE due_at IS NOT NULL;
CREATE INDEX activities_by_contact_id_start_at ON activities(contact_id, start_at) WHERE contact_id IS NOT NULL;
CREATE INDEX activities_by_account_id_start_at ON activities(account_id, start_at) WHERE account_id IS NOT NULL;
CREATE INDEX activities_by_opportunity_id ON activities(opportunity_id) WHERE opportunity_id IS NOT NULL;
CREATE INDEX activities_by_ticket_id ON activities(ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX activities_by_reminder_at ON activities(reminder_at) WHERE reminder_at IS NOT NULL;

CREATE TABLE activity_attendees (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (coalesce(email, '')) VIRTUAL,
  activity_id TEXT NOT NULL,
  user_id TEXT,
  contact_id TEXT,
  email TEXT,
  response TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX activity_attendees_by_activity_id ON activity_attendees(activity_id);
CREATE INDEX activity_attendees_by_user_id ON activity_attendees(user_id) WHERE user_id IS NOT NULL;
CREATE INDEX activity_attendees_by_contact_id ON activity_attendees(contact_id) WHERE contact_id IS NOT NULL;

CREATE TABLE opportunities (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (name) VIRTUAL,
  sort_key TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  account_id TEXT NOT NULL,
  contact_id TEXT,
  stage TEXT NOT NULL,
  amount INTEGER,
  currency TEXT NOT NULL,
  probability INTEGER,
  expected_close TEXT,
  forecast_category TEXT,
  competitors TEXT,
  budget INTEGER,
  next_step TEXT,
  source TEXT,
  campaign_id TEXT,
  owner_id TEXT NOT NULL,
  team_id TEXT,
  closed_at INTEGER,
  loss_reason TEXT,
  description TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX opportunities_by_sort_key ON opportunities(sort_key);
CREATE INDEX opportunities_by_account_id ON opportunities(account_id);
CREATE INDEX opportunities_by_owner_id_expected_close ON opportunities(owner_id, expected_close);
CREATE INDEX opportunities_by_stage_expected_close ON opportunities(stage, expected_close);
CREATE INDEX opportunities_by_expected_close ON opportunities(expected_close);
CREATE INDEX opportunities_by_amount ON opportunities(amount);
CREATE INDEX opportunities_by_updated_at ON opportunities(updated_at);
CREATE INDEX opportunities_by_contact_id ON opportunities(contact_id) WHERE contact_id IS NOT NULL;

CREATE TABLE opportunity_lines (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (description) VIRTUAL,
  opportunity_id TEXT NOT NULL,
  product_id TEXT,
  description TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  unit_price INTEGER NOT NULL,
  discount_bp INTEGER,
  total INTEGER,
  currency TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX opportunity_lines_by_opportunity_id ON opportunity_lines(opportunity_id);

CREATE TABLE stage_changes (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS ('') VIRTUAL,
  opportunity_id TEXT NOT NULL,
  from_stage TEXT,
  to_stage TEXT NOT NULL,
  changed_at INTEGER NOT NULL,
  changed_by TEXT,
  amount INTEGER,
  currency TEXT,
  probability INTEGER,
  expected_close TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX stage_changes_by_opportunity_id_changed_at ON stage_changes(opportunity_id, changed_at);

CREATE TABLE products (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (name) VIRTUAL,
  sort_key TEXT NOT NULL DEFAULT '',
  sku TEXT NOT NULL,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  unit TEXT,
  active INTEGER,
  description TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX products_by_sku ON products(sku);
CREATE INDEX products_by_category ON products(category);

CREATE TABLE price_books (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (name) VIRTUAL,
  sort_key TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  currency TEXT NOT NULL,
  is_default INTEGER,
  active INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);

CREATE TABLE price_book_entries (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS ('') VIRTUAL,
  price_book_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  unit_price INTEGER NOT NULL,
  currency TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX price_book_entries_by_price_book_id_product_id ON price_book_entries(price_book_id, product_id);

CREATE TABLE orders (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (number) VIRTUAL,
  number TEXT NOT NULL,
  account_id TEXT NOT NULL,
  contact_id TEXT,
  opportunity_id TEXT,
  ordered_at INTEGER NOT NULL,
  status TEXT NOT NULL,
  total INTEGER,
  currency TEXT NOT NULL,
  owner_id TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX orders_by_account_id_ordered_at ON orders(account_id, ordered_at);
CREATE INDEX orders_by_ordered_at ON orders(ordered_at);
CREATE INDEX orders_by_contact_id ON orders(contact_id) WHERE contact_id IS NOT NULL;

CREATE TABLE order_lines (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS ('') VIRTUAL,
  order_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  unit_price INTEGER NOT NULL,
  discount_bp INTEGER,
  total INTEGER,
  currency TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX order_lines_by_order_id ON order_lines(order_id);
CREATE INDEX order_lines_by_product_id ON order_lines(product_id);

CREATE TABLE tickets (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (number || ' · ' || subject) VIRTUAL,
  number TEXT NOT NULL,
  subject TEXT NOT NULL,
  description TEXT,
  status TEXT NOT NULL,
  priority TEXT NOT NULL,
  category TEXT,
  channel TEXT,
  contact_id TEXT,
  account_id TEXT,
  assignee_id TEXT,
  team_id TEXT,
  opened_at INTEGER NOT NULL,
  first_response_due INTEGER,
  resolution_due INTEGER,
  first_response_at INTEGER,
  resolved_at INTEGER,
  closed_at INTEGER,
  satisfaction INTEGER,
  resolution TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX tickets_by_number ON tickets(number);
CREATE INDEX tickets_by_status_opened_at ON tickets(status, opened_at);
CREATE INDEX tickets_by_assignee_id_status ON tickets(assignee_id, status);
CREATE INDEX tickets_by_contact_id ON tickets(contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX tickets_by_account_id ON tickets(account_id) WHERE account_id IS NOT NULL;
CREATE INDEX tickets_by_updated_at ON tickets(updated_at);
CREATE INDEX tickets_by_opened_at ON tickets(opened_at);

CREATE TABLE ticket_entries (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS ('') VIRTUAL,
  ticket_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  body TEXT,
  author_user_id TEXT,
  author_contact_id TEXT,
  channel TEXT,
  sent_at INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX ticket_entries_by_ticket_id_sent_at ON ticket_entries(ticket_id, sent_at);

CREATE TABLE ticket_articles (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS ('') VIRTUAL,
  ticket_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX ticket_articles_by_ticket_id ON ticket_articles(ticket_id);
CREATE INDEX ticket_articles_by_article_id ON ticket_articles(article_id);

CREATE TABLE kb_articles (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (title) VIRTUAL,
  sort_key TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  body TEXT,
  tags TEXT,
  audience TEXT NOT NULL,
  status TEXT NOT NULL,
  product_id TEXT,
  author_id TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX kb_articles_by_sort_key ON kb_articles(sort_key);

CREATE TABLE campaigns (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS (name) VIRTUAL,
  sort_key TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  channel TEXT NOT NULL,
  status TEXT NOT NULL,
  start_date TEXT,
  end_date TEXT,
  budget INTEGER,
  currency TEXT,
  owner_id TEXT,
  description TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX campaigns_by_sort_key ON campaigns(sort_key);

CREATE TABLE campaign_members (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS ('') VIRTUAL,
  campaign_id TEXT NOT NULL,
  contact_id TEXT,
  lead_id TEXT,
  status TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX campaign_members_by_campaign_id ON campaign_members(campaign_id);
CREATE INDEX campaign_members_by_contact_id ON campaign_members(contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX campaign_members_by_lead_id ON campaign_members(lead_id) WHERE lead_id IS NOT NULL;

CREATE TABLE campaign_responses (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_title TEXT GENERATED ALWAYS AS ('') VIRTUAL,
  campaign_id TEXT NOT NULL,
  member_id TEXT,
  contact_id TEXT,
  kind TEXT NOT NULL,
  responded_at INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  merged_into TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  hlc_created TEXT NOT NULL,
  hlc_fields TEXT
);
CREATE INDEX campaign_responses_by_campaign_id ON campaign_responses(campaign_id);
CREATE INDEX campaign_responses_by_contact_id ON campaign_responses(contact_id) WHERE contact_id IS NOT NULL;

-- The outbox: every local change not yet acknowledged by the server, in commit order. A mutation id
-- makes a retried push apply once. payload holds the changed fields with their values and clocks.
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY,
  mutation_id TEXT NOT NULL UNIQUE,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
  payload TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);
CREATE INDEX outbox_by_record ON outbox(record_id);

-- Who changed what, when: one row per changed field (old and new value), one row per creation
-- (new_value holds the initial fields as JSON) and one per deletion.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  user_id TEXT,
  device TEXT,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'erase', 'merge', 'unmerge', 'bulk')),
  field TEXT,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX audit_log_by_record ON audit_log(record_id, seq);

-- Global search: one document per searchable record. rowid = (entity type << 40) | rid, so a hit
-- leads straight to its table and row. unicode61 with remove_diacritics 2 folds case and accents
-- ("Müller" is found by "muller"); the prefix indexes make search-as-you-type cheap.
CREATE VIRTUAL TABLE search_index USING fts5(
  title, subtitle, keywords,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
-- Rank by bm25 with the name weighing most, then the context, then keywords.
INSERT INTO search_index(search_index, rank) VALUES('rank', 'bm25(10.0, 4.0, 1.0)');

-- Phone numbers of contacts, accounts and leads in E.164 and by their last seven digits (for numbers
-- dialled without a country code). Maintained by the write path in the same transaction.
CREATE TABLE phone_index (
  e164 TEXT NOT NULL,
  tail TEXT NOT NULL,
  contact_rid INTEGER REFERENCES contacts(rid) ON DELETE CASCADE,
  account_rid INTEGER REFERENCES accounts(rid) ON DELETE CASCADE,
  lead_rid INTEGER REFERENCES leads(rid) ON DELETE CASCADE,
  CHECK ((contact_rid IS NOT NULL) + (account_rid IS NOT NULL) + (lead_rid IS NOT NULL) = 1)
);
CREATE INDEX phone_index_by_e164 ON phone_index(e164);
CREATE INDEX phone_index_by_tail ON phone_index(tail);
CREATE INDEX phone_index_by_contact ON phone_index(contact_rid) WHERE contact_rid IS NOT NULL;
CREATE INDEX phone_index_by_account ON phone_index(account_rid) WHERE account_rid IS NOT NULL;
CREATE INDEX phone_index_by_lead ON phone_index(lead_rid) WHERE lead_rid IS NOT NULL;

-- Email addresses (lower-cased) of contacts, accounts and leads, for duplicate detection and lookup.
CREATE TABLE email_index (
  email TEXT NOT NULL,
  contact_rid INTEGER REFERENCES contacts(rid) ON DELETE CASCADE,
  account_rid INTEGER REFERENCES accounts(rid) ON DELETE CASCADE,
  lead_rid INTEGER REFERENCES leads(rid) ON DELETE CASCADE,
  CHECK ((contact_rid IS NOT NULL) + (account_rid IS NOT NULL) + (lead_rid IS NOT NULL) = 1)
);
CREATE INDEX email_index_by_email ON email_index(email);
CREATE INDEX email_index_by_contact ON email_index(contact_rid) WHERE contact_rid IS NOT NULL;
CREATE INDEX email_index_by_account ON email_index(account_rid) WHERE account_rid IS NOT NULL;
CREATE INDEX email_index_by_lead ON email_index(lead_rid) WHERE lead_rid IS NOT NULL;
