// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <array>
#include <span>

namespace rapport::demo {

/// A city with what it takes to write plausible addresses and phone numbers there.
struct City
{
    const char* name;
    const char* postalPrefix; ///< digits or letters the postal code starts with
    const char* areaCode;     ///< national destination code without trunk prefix
    int subscriberDigits;     ///< length of the subscriber number after the area code
    const char* region;
};

/// Everything needed to invent people and companies of one country.
struct Country
{
    const char* code;        ///< ISO 3166 alpha-2
    const char* callingCode; ///< "49"
    const char* trunk;       ///< national trunk prefix ("0"; "" where none is dialled, "1" for NANP)
    const char* currency;
    const char* timeZone;
    const char* language;
    int weight; ///< share of accounts
    std::span<const char* const> femaleNames;
    std::span<const char* const> maleNames;
    std::span<const char* const> lastNames;
    std::span<const City> cities;
    std::span<const char* const> mobilePrefixes; ///< national mobile prefixes without trunk
    int mobileDigits;                            ///< subscriber digits after the mobile prefix
    std::span<const char* const> companySuffixes;
    std::span<const char* const> industryWords;
    std::span<const char* const> streets;
    const char* streetFormat; ///< "%s %d" (name then number) or "%d %s"
    const char* webTld;
    int postalDigits; ///< total postal code length for numeric codes; 0 for letter codes (GB, NL)
};

std::span<const Country> countries();

/// The industry (a Schema::industries() key) of a company named with one of the countries' industry words
/// ("Keller Logistik": logistics). Words that say little ("Systems", "Industries", "Services") stand for one of a
/// few industries, chosen by `roll`.
const char* industryOf(const char* word, unsigned long long roll);

/// Words for invented company names (English, shared by all countries).
std::span<const char* const> companyAdjectives();
std::span<const char* const> companyNouns();

struct Product
{
    const char* sku;
    const char* name;
    const char* category;
    const char* unit;
    long long priceEurCents;
};
std::span<const Product> products();
/// Product categories, in the order products() uses them.
std::span<const char* const> productCategories();

std::span<const char* const> jobTitles();

/// A department of an invented company and its job titles by rank, so that an org chart reads true: a manager
/// reports to the department's head, the head to its chief on the board or to the company's top.
struct Department
{
    const char* name;
    const char* chief; ///< on the board ("Chief Financial Officer"); nullptr where the head reports to the top
    const char* head;
    std::span<const char* const> managers;
    std::span<const char* const> staff;
};
std::span<const Department> departments();
/// Titles of whoever runs a company: everyone's manager's manager, in the end.
std::span<const char* const> topTitles();

std::span<const char* const> competitors();
std::span<const char* const> nextSteps();
std::span<const char* const> contactTags();
std::span<const char* const> accountTags();

/// Templates with one "%1" for a product or company name.
std::span<const char* const> opportunityNames();
std::span<const char* const> callSubjects();
std::span<const char* const> meetingSubjects();
std::span<const char* const> taskSubjects();
std::span<const char* const> emailSubjects();
std::span<const char* const> noteSubjects();

struct TicketTemplate
{
    const char* subject; ///< may contain %1 (product)
    const char* category;
    const char* message;  ///< the customer's first message
    const char* reply;    ///< the agent's answer, which resolves it
    const char* question; ///< what the agent asks while the ticket waits on the customer
    int article;          ///< the article (an index of articleTemplates()) that answers it
};
std::span<const TicketTemplate> ticketTemplates();

/// An article about one product has "%1" in its title and body and is written for each product the tickets are
/// about; the others (billing, delivery, contracts) are written once.
struct ArticleTemplate
{
    const char* title;
    const char* body;
    const char* tags; ///< comma-separated
};
std::span<const ArticleTemplate> articleTemplates();

std::span<const char* const> campaignNames();

} // namespace rapport::demo
