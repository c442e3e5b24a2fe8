// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// Invented but plausible people, places and products for demo databases. Area codes, number
// lengths and postal code shapes follow each country's real numbering plan, so libphonenumber
// accepts the numbers; the subscriber digits are random.
#include "DemoData.h"

#include <string_view>

namespace rapport::demo {

namespace {

// ---- Germany ---------------------------------------------------------------------------------
constexpr const char* deFemale[] = {
    "Anna",      "Lena",    "Julia",  "Katharina", "Sophie", "Laura",  "Sarah", "Lea",      "Hannah", "Johanna",
    "Marie",     "Claudia", "Sabine", "Petra",     "Monika", "Birgit", "Anja",  "Stefanie", "Jana",   "Franziska",
    "Charlotte", "Greta",   "Jürgen", "Ute",       "Dörte",  "Käthe",  "Elke",  "Heike",    "Miriam", "Nadine"};
constexpr const char* deMale[] = {
    "Lukas",  "Jonas",    "Felix",  "Maximilian", "Paul",      "Leon",      "Tobias", "Florian", "Stefan", "Michael",
    "Thomas", "Andreas",  "Markus", "Matthias",   "Christian", "Sebastian", "Jürgen", "Björn",   "Jörg",   "Uwe",
    "Klaus",  "Wolfgang", "Dieter", "Günther",    "Ralf",      "Frank",     "Holger", "Sören",   "Moritz", "Niklas"};
constexpr const char* deLast[] = {
    "Müller",   "Schmidt",    "Schneider", "Fischer", "Weber",   "Meyer",     "Wagner", "Becker",   "Schulz",
    "Hoffmann", "Schäfer",    "Koch",      "Bauer",   "Richter", "Klein",     "Wolf",   "Schröder", "Neumann",
    "Schwarz",  "Zimmermann", "Braun",     "Krüger",  "Hofmann", "Hartmann",  "Lange",  "Schmitt",  "Werner",
    "Schmitz",  "Krause",     "Meier",     "Lehmann", "Schmid",  "Schulze",   "Maier",  "Köhler",   "Herrmann",
    "König",    "Walter",     "Mayer",     "Huber",   "Kaiser",  "Fuchs",     "Peters", "Lang",     "Scholz",
    "Möller",   "Weiß",       "Jung",      "Hahn",    "Vogel",   "Friedrich", "Keller", "Günther",  "Frank",
    "Berger",   "Winkler",    "Roth",      "Beck",    "Lorenz",  "Baumann"};
constexpr City deCities[] = {{"Berlin", "10", "30", 8, "Berlin"},
                             {"Hamburg", "20", "40", 8, "Hamburg"},
                             {"München", "80", "89", 8, "Bayern"},
                             {"Köln", "50", "221", 7, "Nordrhein-Westfalen"},
                             {"Frankfurt am Main", "60", "69", 8, "Hessen"},
                             {"Stuttgart", "70", "711", 7, "Baden-Württemberg"},
                             {"Düsseldorf", "40", "211", 7, "Nordrhein-Westfalen"},
                             {"Leipzig", "04", "341", 7, "Sachsen"},
                             {"Dortmund", "44", "231", 7, "Nordrhein-Westfalen"},
                             {"Bremen", "28", "421", 7, "Bremen"},
                             {"Dresden", "01", "351", 7, "Sachsen"},
                             {"Hannover", "30", "511", 7, "Niedersachsen"},
                             {"Nürnberg", "90", "911", 7, "Bayern"},
                             {"Münster", "48", "251", 6, "Nordrhein-Westfalen"},
                             {"Freiburg im Breisgau", "79", "761", 6, "Baden-Württemberg"}};
constexpr const char* deMobile[] = {"151", "152", "160", "162", "170", "171", "172", "175", "176", "177"};
constexpr const char* deSuffix[] = {"GmbH", "GmbH", "GmbH", "AG", "KG", "GmbH & Co. KG", "SE", "e.K."};
constexpr const char* deIndustry[] = {
    "Logistik", "Maschinenbau",   "Software",   "Bau",        "Handel", "Elektrotechnik", "Medizintechnik",
    "Energie",  "Versicherungen", "Consulting", "Automation", "Druck",  "Verpackung",     "Lebensmittel"};
constexpr const char* deStreets[] = {"Hauptstraße",    "Bahnhofstraße",   "Lindenallee",     "Goethestraße",
                                     "Schillerstraße", "Friedrichstraße", "Industriestraße", "Gartenweg",
                                     "Am Markt",       "Kaiserstraße",    "Mühlenweg",       "Rheinstraße",
                                     "Schloßallee",    "Königsweg",       "Lerchenfeld",     "Torstraße"};

// ---- Austria ---------------------------------------------------------------------------------
constexpr const char* atLast[] = {
    "Gruber",    "Huber",  "Bauer", "Wagner",  "Müller",  "Pichler", "Steiner", "Moser", "Mayer",       "Hofer",
    "Leitner",   "Berger", "Fuchs", "Eder",    "Fischer", "Schmid",  "Winkler", "Weber", "Schwarz",     "Maier",
    "Schneider", "Reiter", "Mayr",  "Schmidt", "Wimmer",  "Egger",   "Brunner", "Lang",  "Baumgartner", "Auer"};
constexpr City atCities[] = {{"Wien", "10", "1", 7, "Wien"},
                             {"Graz", "80", "316", 6, "Steiermark"},
                             {"Linz", "40", "732", 6, "Oberösterreich"},
                             {"Salzburg", "50", "662", 6, "Salzburg"},
                             {"Innsbruck", "60", "512", 6, "Tirol"},
                             {"Klagenfurt", "90", "463", 6, "Kärnten"}};
constexpr const char* atMobile[] = {"664", "676", "650", "660", "699", "681"};
constexpr const char* atSuffix[] = {"GmbH", "GmbH", "AG", "KG", "OG"};
constexpr const char* atStreets[] = {"Hauptplatz",  "Bahnhofstraße", "Mariahilfer Straße", "Landstraße",
                                     "Herrengasse", "Kirchengasse",  "Linzer Straße",      "Grazer Straße",
                                     "Ringstraße",  "Wiener Straße"};

// ---- Switzerland -----------------------------------------------------------------------------
constexpr const char* chLast[] = {
    "Müller", "Meier",       "Schmid",   "Keller", "Weber",      "Huber", "Schneider", "Meyer",  "Steiner", "Fischer",
    "Gerber", "Brunner",     "Baumann",  "Frei",   "Zimmermann", "Moser", "Widmer",    "Wyss",   "Graf",    "Roth",
    "Suter",  "Baumgartner", "Bachmann", "Studer", "Bühler",     "Favre", "Bonvin",    "Rochat", "Gautier", "Rossi"};
constexpr City chCities[] = {{"Zürich", "80", "44", 7, "Zürich"},        {"Bern", "30", "31", 7, "Bern"},
                             {"Basel", "40", "61", 7, "Basel-Stadt"},    {"Genève", "12", "22", 7, "Genève"},
                             {"Lausanne", "10", "21", 7, "Vaud"},        {"Luzern", "60", "41", 7, "Luzern"},
                             {"St. Gallen", "90", "71", 7, "St. Gallen"}};
constexpr const char* chMobile[] = {"76", "77", "78", "79"};
constexpr const char* chSuffix[] = {"AG", "AG", "GmbH", "SA", "Sàrl"};
constexpr const char* chStreets[] = {"Bahnhofstrasse", "Hauptstrasse", "Dorfstrasse",      "Seestrasse",
                                     "Rue du Rhône",   "Kirchweg",     "Industriestrasse", "Avenue de la Gare",
                                     "Marktgasse",     "Limmatquai"};

// ---- United States ---------------------------------------------------------------------------
constexpr const char* usFemale[] = {"Emily",   "Jessica",  "Ashley",    "Sarah",    "Jennifer",  "Amanda",
                                    "Megan",   "Rachel",   "Lauren",    "Olivia",   "Emma",      "Madison",
                                    "Hannah",  "Abigail",  "Elizabeth", "Samantha", "Grace",     "Chloe",
                                    "Natalie", "Victoria", "Kimberly",  "Michelle", "Stephanie", "Rebecca",
                                    "Laura",   "Danielle", "Brittany",  "Heather",  "Nicole",    "Amy"};
constexpr const char* usMale[] = {
    "Michael", "Christopher", "Matthew", "Joshua", "David",  "James",   "Daniel",   "Robert", "John",  "Joseph",
    "Andrew",  "Ryan",        "Brandon", "Jason",  "Justin", "William", "Jonathan", "Brian",  "Kevin", "Eric",
    "Tyler",   "Aaron",       "Adam",    "Kyle",   "Nathan", "Zachary", "Ethan",    "Noah",   "Logan", "Carlos"};
constexpr const char* usLast[] = {
    "Smith",    "Johnson",   "Williams", "Brown",    "Jones",    "Garcia",   "Miller",  "Davis",   "Rodriguez",
    "Martinez", "Hernandez", "Lopez",    "Gonzalez", "Wilson",   "Anderson", "Thomas",  "Taylor",  "Moore",
    "Jackson",  "Martin",    "Lee",      "Perez",    "Thompson", "White",    "Harris",  "Sanchez", "Clark",
    "Ramirez",  "Lewis",     "Robinson", "Walker",   "Young",    "Allen",    "King",    "Wright",  "Scott",
    "Torres",   "Nguyen",    "Hill",     "Flores",   "Green",    "Adams",    "Nelson",  "Baker",   "Hall",
    "Rivera",   "Campbell",  "Mitchell", "Carter",   "Roberts",  "O'Brien",  "Sullivan"};
constexpr City usCities[] = {{"New York", "100", "212", 7, "NY"},    {"San Francisco", "941", "415", 7, "CA"},
                             {"Chicago", "606", "312", 7, "IL"},     {"Boston", "021", "617", 7, "MA"},
                             {"Austin", "787", "512", 7, "TX"},      {"Seattle", "981", "206", 7, "WA"},
                             {"Denver", "802", "303", 7, "CO"},      {"Atlanta", "303", "404", 7, "GA"},
                             {"Los Angeles", "900", "213", 7, "CA"}, {"Miami", "331", "305", 7, "FL"},
                             {"Minneapolis", "554", "612", 7, "MN"}, {"Philadelphia", "191", "215", 7, "PA"}};
constexpr const char* usMobile[] = {"917", "646", "415", "312", "617", "512"};
constexpr const char* usSuffix[] = {"Inc.", "Inc.", "LLC", "Corp.", "Group", "Co."};
constexpr const char* usIndustry[] = {"Logistics", "Systems", "Software", "Manufacturing", "Analytics",
                                      "Health",    "Energy",  "Foods",    "Robotics",      "Consulting",
                                      "Networks",  "Supply",  "Labs",     "Industries"};
constexpr const char* usStreets[] = {"Main Street",       "Oak Avenue",    "Maple Drive", "Park Avenue",
                                     "Washington Street", "Market Street", "Broadway",    "Elm Street",
                                     "Lake Shore Drive",  "Pine Street",   "Cedar Lane",  "Sunset Boulevard"};

// ---- United Kingdom --------------------------------------------------------------------------
constexpr const char* gbFemale[] = {"Olivia", "Amelia", "Isla",    "Emily",   "Sophie",  "Charlotte", "Jessica",
                                    "Lucy",   "Hannah", "Eleanor", "Harriet", "Imogen",  "Chloe",     "Ruby",
                                    "Grace",  "Alice",  "Poppy",   "Freya",   "Siobhan", "Niamh"};
constexpr const char* gbMale[] = {"Oliver", "George", "Harry", "Jack",   "Charlie", "Thomas", "William",
                                  "James",  "Alfie",  "Henry", "Edward", "Callum",  "Rhys",   "Owen",
                                  "Angus",  "Hamish", "Liam",  "Declan", "Rory",    "Samuel"};
constexpr const char* gbLast[] = {
    "Smith",     "Jones",    "Taylor",  "Brown",      "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
    "Thompson",  "Evans",    "Walker",  "White",      "Roberts",  "Green",  "Hall",    "Wood",   "Jackson",  "Clarke",
    "Patel",     "Khan",     "Hughes",  "Edwards",    "Lewis",    "Harris", "Turner",  "Cooper", "Morgan",   "Murphy",
    "MacDonald", "Campbell", "O'Neill", "Fitzgerald", "Bennett",  "Ward",   "Price",   "Bailey", "Parker",   "Shaw"};
constexpr City gbCities[] = {{"London", "EC", "20", 8, "England"},     {"Manchester", "M", "161", 7, "England"},
                             {"Birmingham", "B", "121", 7, "England"}, {"Edinburgh", "EH", "131", 7, "Scotland"},
                             {"Glasgow", "G", "141", 7, "Scotland"},   {"Leeds", "LS", "113", 7, "England"},
                             {"Bristol", "BS", "117", 7, "England"},   {"Cardiff", "CF", "29", 8, "Wales"}};
constexpr const char* gbMobile[] = {"7700", "7711", "7723", "7745", "7787", "7801", "7912", "7956"};
constexpr const char* gbSuffix[] = {"Ltd", "Ltd", "Ltd", "plc", "LLP", "Group"};
constexpr const char* gbStreets[] = {"High Street",  "Station Road", "Church Lane", "Victoria Road", "King Street",
                                     "Queen's Road", "Mill Lane",    "Park Road",   "London Road",   "Baker Street"};

// ---- France ----------------------------------------------------------------------------------
constexpr const char* frFemale[] = {"Camille",  "Léa",    "Manon",   "Chloé",  "Inès",     "Juliette", "Élodie",
                                    "Mathilde", "Céline", "Aurélie", "Émilie", "Sophie",   "Claire",   "Margaux",
                                    "Hélène",   "Anaïs",  "Zoé",     "Amélie", "Nathalie", "Noémie"};
constexpr const char* frMale[] = {"Lucas",   "Hugo",   "Louis",   "Gabriel", "Jules",    "Arthur",    "Théo",
                                  "Nicolas", "Julien", "Antoine", "Mathieu", "François", "Sébastien", "Jérôme",
                                  "Benoît",  "Loïc",   "Olivier", "Rémi",    "Cédric",   "Étienne"};
constexpr const char* frLast[] = {"Martin",   "Bernard",  "Dubois",   "Thomas",   "Robert",    "Richard",  "Petit",
                                  "Durand",   "Leroy",    "Moreau",   "Simon",    "Laurent",   "Lefèvre",  "Michel",
                                  "Garcia",   "David",    "Bertrand", "Roux",     "Vincent",   "Fournier", "Morel",
                                  "Girard",   "André",    "Lefebvre", "Mercier",  "Dupont",    "Lambert",  "Bonnet",
                                  "François", "Martinez", "Rousseau", "Fontaine", "Chevalier", "Gauthier", "Perrin",
                                  "Clément",  "Faure",    "Mathieu",  "Brun",     "Blanchard"};
constexpr City frCities[] = {{"Paris", "750", "1", 8, "Île-de-France"},
                             {"Lyon", "690", "4", 8, "Auvergne-Rhône-Alpes"},
                             {"Marseille", "130", "4", 8, "Provence-Alpes-Côte d'Azur"},
                             {"Toulouse", "310", "5", 8, "Occitanie"},
                             {"Bordeaux", "330", "5", 8, "Nouvelle-Aquitaine"},
                             {"Lille", "590", "3", 8, "Hauts-de-France"},
                             {"Nantes", "440", "2", 8, "Pays de la Loire"},
                             {"Strasbourg", "670", "3", 8, "Grand Est"}};
constexpr const char* frMobile[] = {"6", "7"};
constexpr const char* frSuffix[] = {"SAS", "SA", "SARL", "SAS", "SNC"};
constexpr const char* frIndustry[] = {"Logistique", "Industries", "Conseil", "Technologies", "Distribution",
                                      "Énergie",    "Bâtiment",   "Santé",   "Services",     "Informatique"};
constexpr const char* frStreets[] = {
    "rue de la République", "avenue Victor Hugo", "rue Pasteur",        "boulevard Voltaire", "rue du Moulin",
    "place de la Gare",     "rue des Écoles",     "avenue Jean Jaurès", "rue Nationale",      "quai de la Loire"};

// ---- Spain -----------------------------------------------------------------------------------
constexpr const char* esFemale[] = {"Lucía", "María", "Paula",    "Laura",  "Marta", "Carmen",  "Sara",
                                    "Ana",   "Elena", "Cristina", "Raquel", "Nuria", "Begoña",  "Inés",
                                    "Alba",  "Pilar", "Rocío",    "Noelia", "Irene", "Patricia"};
constexpr const char* esMale[] = {"Alejandro", "Daniel",    "Pablo", "Javier", "David", "Sergio", "Carlos",
                                  "Jorge",     "Álvaro",    "Iván",  "Adrián", "Rubén", "José",   "Antonio",
                                  "Manuel",    "Francisco", "Íñigo", "Óscar",  "Raúl",  "Víctor"};
constexpr const char* esLast[] = {
    "García",  "Rodríguez", "González",  "Fernández", "López",  "Martínez", "Sánchez", "Pérez",   "Gómez",  "Martín",
    "Jiménez", "Ruiz",      "Hernández", "Díaz",      "Moreno", "Muñoz",    "Álvarez", "Romero",  "Alonso", "Gutiérrez",
    "Navarro", "Torres",    "Domínguez", "Vázquez",   "Ramos",  "Gil",      "Ramírez", "Serrano", "Blanco", "Núñez"};
constexpr City esCities[] = {{"Madrid", "280", "91", 7, "Comunidad de Madrid"},
                             {"Barcelona", "080", "93", 7, "Cataluña"},
                             {"Valencia", "460", "96", 7, "Comunidad Valenciana"},
                             {"Sevilla", "410", "95", 7, "Andalucía"},
                             {"Bilbao", "480", "94", 7, "País Vasco"},
                             {"Zaragoza", "500", "976", 6, "Aragón"}};
constexpr const char* esMobile[] = {"6"};
constexpr const char* esSuffix[] = {"S.L.", "S.A.", "S.L.", "S.L.U."};
constexpr const char* esIndustry[] = {"Logística",    "Ingeniería", "Tecnología",  "Distribución", "Construcciones",
                                      "Alimentación", "Energía",    "Consultores", "Sistemas",     "Transportes"};
constexpr const char* esStreets[] = {"Calle Mayor",      "Gran Vía",   "Calle de Alcalá", "Avenida de la Constitución",
                                     "Paseo de Gracia",  "Calle Real", "Plaza de España", "Calle del Sol",
                                     "Avenida Diagonal", "Calle Nueva"};

// ---- Italy -----------------------------------------------------------------------------------
constexpr const char* itFemale[] = {"Giulia",   "Sofia",    "Francesca", "Chiara",  "Sara",   "Martina", "Valentina",
                                    "Alessia",  "Federica", "Elisa",     "Silvia",  "Paola",  "Elena",   "Laura",
                                    "Beatrice", "Alice",    "Anna",      "Giorgia", "Ilaria", "Marta"};
constexpr const char* itMale[] = {"Luca",   "Marco",   "Alessandro", "Andrea",   "Matteo",   "Francesco", "Lorenzo",
                                  "Davide", "Simone",  "Federico",   "Riccardo", "Stefano",  "Giuseppe",  "Giovanni",
                                  "Paolo",  "Niccolò", "Tommaso",    "Fabio",    "Emanuele", "Nicola"};
constexpr const char* itLast[] = {
    "Rossi",    "Russo",   "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",  "Ricci", "Marino",   "Greco",
    "Bruno",    "Gallo",   "Conti",   "De Luca",  "Mancini", "Costa",  "Giordano", "Rizzo", "Lombardi", "Moretti",
    "Barbieri", "Fontana", "Santoro", "Mariani",  "Rinaldi", "Caruso", "Ferrara",  "Galli", "Martini",  "Leone"};
constexpr City itCities[] = {{"Roma", "001", "06", 8, "Lazio"},
                             {"Milano", "201", "02", 8, "Lombardia"},
                             {"Torino", "101", "011", 7, "Piemonte"},
                             {"Napoli", "801", "081", 7, "Campania"},
                             {"Bologna", "401", "051", 7, "Emilia-Romagna"},
                             {"Firenze", "501", "055", 7, "Toscana"}};
constexpr const char* itMobile[] = {"320", "328", "333", "335", "340", "347", "348", "349"};
constexpr const char* itSuffix[] = {"S.r.l.", "S.p.A.", "S.r.l.", "S.n.c."};
constexpr const char* itIndustry[] = {"Logistica",  "Meccanica", "Tecnologie", "Distribuzione", "Costruzioni",
                                      "Alimentare", "Energia",   "Consulting", "Sistemi",       "Trasporti"};
constexpr const char* itStreets[] = {"Via Roma",  "Via Garibaldi", "Corso Vittorio Emanuele",
                                     "Via Dante", "Via Mazzini",   "Piazza del Duomo",
                                     "Via Verdi", "Viale Europa",  "Via Cavour",
                                     "Via Milano"};

// ---- Netherlands -----------------------------------------------------------------------------
constexpr const char* nlFemale[] = {"Emma", "Sanne",  "Lotte",   "Femke",  "Anouk", "Eva",    "Fleur",
                                    "Iris", "Lieke",  "Maaike",  "Noor",   "Roos",  "Saskia", "Marieke",
                                    "Ilse", "Esther", "Janneke", "Yvonne", "Inge",  "Sophie"};
constexpr const char* nlMale[] = {"Daan",   "Sem",   "Lucas",  "Bram",  "Thijs",   "Jeroen", "Sander",
                                  "Pieter", "Joost", "Bas",    "Ruben", "Maarten", "Wouter", "Niels",
                                  "Koen",   "Stijn", "Jasper", "Gijs",  "Hendrik", "Willem"};
constexpr const char* nlLast[] = {
    "de Jong",      "Jansen",         "de Vries", "van den Berg", "van Dijk", "Bakker",   "Janssen", "Visser",
    "Smit",         "Meijer",         "de Boer",  "Mulder",       "de Groot", "Bos",      "Vos",     "Peters",
    "Hendriks",     "van Leeuwen",    "Dekker",   "Brouwer",      "de Wit",   "Dijkstra", "Smits",   "de Graaf",
    "van der Meer", "van der Linden", "Kok",      "Jacobs",       "de Haan",  "Vermeulen"};
constexpr City nlCities[] = {
    {"Amsterdam", "10", "20", 7, "Noord-Holland"}, {"Rotterdam", "30", "10", 7, "Zuid-Holland"},
    {"Den Haag", "25", "70", 7, "Zuid-Holland"},   {"Utrecht", "35", "30", 7, "Utrecht"},
    {"Eindhoven", "56", "40", 7, "Noord-Brabant"}, {"Groningen", "97", "50", 7, "Groningen"}};
constexpr const char* nlMobile[] = {"6"};
constexpr const char* nlSuffix[] = {"B.V.", "B.V.", "N.V.", "B.V."};
constexpr const char* nlIndustry[] = {"Logistiek", "Techniek", "Software",  "Handel",      "Bouw",
                                      "Energie",   "Advies",   "Transport", "Installatie", "Zorg"};
constexpr const char* nlStreets[] = {"Kerkstraat",    "Dorpsstraat",   "Stationsweg", "Molenweg",    "Schoolstraat",
                                     "Prinsengracht", "Keizersgracht", "Markt",       "Havenstraat", "Julianalaan"};

// DE/AT/CH share first names; AT and CH use German industry words.
constexpr Country kCountries[] = {
    {"DE", "49", "0", "EUR", "Europe/Berlin", "de", 30, deFemale, deMale, deLast, deCities, deMobile, 8, deSuffix,
     deIndustry, deStreets, "%s %d", "de", 5},
    {"AT", "43", "0", "EUR", "Europe/Vienna", "de", 5, deFemale, deMale, atLast, atCities, atMobile, 7, atSuffix,
     deIndustry, atStreets, "%s %d", "at", 4},
    {"CH", "41", "0", "CHF", "Europe/Zurich", "de", 5, deFemale, deMale, chLast, chCities, chMobile, 7, chSuffix,
     deIndustry, chStreets, "%s %d", "ch", 4},
    {"US", "1", "", "USD", "America/New_York", "en", 18, usFemale, usMale, usLast, usCities, usMobile, 7, usSuffix,
     usIndustry, usStreets, "%d %s", "com", 5},
    {"GB", "44", "0", "GBP", "Europe/London", "en", 12, gbFemale, gbMale, gbLast, gbCities, gbMobile, 6, gbSuffix,
     usIndustry, gbStreets, "%d %s", "co.uk", 0},
    {"FR", "33", "0", "EUR", "Europe/Paris", "fr", 10, frFemale, frMale, frLast, frCities, frMobile, 8, frSuffix,
     frIndustry, frStreets, "%d %s", "fr", 5},
    {"ES", "34", "", "EUR", "Europe/Madrid", "es", 7, esFemale, esMale, esLast, esCities, esMobile, 8, esSuffix,
     esIndustry, esStreets, "%s %d", "es", 5},
    {"IT", "39", "", "EUR", "Europe/Rome", "it", 7, itFemale, itMale, itLast, itCities, itMobile, 7, itSuffix,
     itIndustry, itStreets, "%s %d", "it", 5},
    {"NL", "31", "0", "EUR", "Europe/Amsterdam", "nl", 6, nlFemale, nlMale, nlLast, nlCities, nlMobile, 8, nlSuffix,
     nlIndustry, nlStreets, "%s %d", "nl", 0},
};

constexpr const char* kAdjectives[] = {
    "Nordic",   "Blue",      "Silver",   "Alpine",     "Golden",  "Green",      "Bright",    "Rapid",
    "Summit",   "Evergreen", "Harbor",   "North Star", "Red Oak", "Clearwater", "Ironwood",  "Sunrise",
    "Pioneer",  "Atlas",     "Crescent", "Granite",    "Falcon",  "Meridian",   "Orion",     "Polar",
    "Sterling", "Vertex",    "Zenith",   "Aurora",     "Beacon",  "Cobalt",     "Delta",     "Echo",
    "Fjord",    "Helix",     "Keystone", "Lumen",      "Nova",    "Quantum",    "Riverside", "Westwind"};
constexpr const char* kNouns[] = {"Bridge", "Peak", "Wave",  "Field",  "Harbour", "Stone", "Forge",
                                  "Point",  "Gate", "Works", "Valley", "Line",    "Path",  "Circle",
                                  "Tower",  "Port", "Park",  "Ridge",  "Lake",    "Hill"};

constexpr Product kProducts[] = {
    {"HW-T100", "Terminal T100", "Hardware", "piece", 89000},
    {"HW-T200", "Terminal T200 Pro", "Hardware", "piece", 149000},
    {"HW-S40", "Handheld Scanner S40", "Hardware", "piece", 42000},
    {"HW-S60", "Rugged Scanner S60", "Hardware", "piece", 68000},
    {"HW-P300", "Label Printer P300", "Hardware", "piece", 54000},
    {"HW-P500", "Industrial Printer P500", "Hardware", "piece", 189000},
    {"HW-K10", "Self-service Kiosk K10", "Hardware", "piece", 420000},
    {"SW-AN-STD", "Analytics Suite Standard", "Software", "user/year", 36000},
    {"SW-AN-ENT", "Analytics Suite Enterprise", "Software", "user/year", 72000},
    {"SW-INV", "Inventory Manager", "Software", "site/year", 480000},
    {"SW-WMS", "Warehouse Control", "Software", "site/year", 960000},
    {"SW-MOB", "Mobile Sales App", "Software", "user/year", 24000},
    {"SW-API", "Integration Gateway", "Software", "year", 600000},
    {"CL-BK1", "Cloud Backup 1 TB", "Cloud services", "month", 4900},
    {"CL-BK5", "Cloud Backup 5 TB", "Cloud services", "month", 19900},
    {"CL-HOST", "Managed Hosting", "Cloud services", "month", 89000},
    {"SV-IMPL", "Implementation consulting", "Services", "day", 140000},
    {"SV-INST", "On-site installation", "Services", "day", 110000},
    {"SV-DATA", "Data migration", "Services", "project", 650000},
    {"SV-CUST", "Custom development", "Services", "day", 160000},
    {"SP-STD", "Standard Support", "Support plans", "year", 150000},
    {"SP-PREM", "Premium Support", "Support plans", "year", 420000},
    {"SP-247", "24/7 Critical Support", "Support plans", "year", 980000},
    {"TR-ADM", "Administrator training", "Training", "day", 95000},
    {"TR-USR", "User training", "Training", "day", 65000},
    {"TR-ONL", "Online course bundle", "Training", "user", 19000},
    {"AC-DOCK", "Docking Station D2", "Accessories", "piece", 14900},
    {"AC-BAT", "Spare Battery B5", "Accessories", "piece", 6900},
    {"AC-CASE", "Protective Case C1", "Accessories", "piece", 3900},
    {"AC-LBL", "Label Rolls (box of 24)", "Accessories", "box", 8900},
    {"AC-CBL", "USB-C Cable Kit", "Accessories", "kit", 2900},
    {"AC-MNT", "Wall Mount M3", "Accessories", "piece", 7900},
};
constexpr const char* kCategories[] = {"Hardware",      "Software", "Cloud services", "Services",
                                       "Support plans", "Training", "Accessories"};

constexpr const char* kJobTitles[] = {"Managing Director",
                                      "Chief Executive Officer",
                                      "Chief Financial Officer",
                                      "Chief Technology Officer",
                                      "Head of Purchasing",
                                      "Head of IT",
                                      "Head of Logistics",
                                      "Head of Operations",
                                      "Purchasing Manager",
                                      "IT Manager",
                                      "Project Manager",
                                      "Operations Manager",
                                      "Warehouse Manager",
                                      "Buyer",
                                      "Senior Buyer",
                                      "System Administrator",
                                      "Controller",
                                      "Office Manager",
                                      "Sales Manager",
                                      "Team Lead Logistics",
                                      "Product Manager",
                                      "Assistant to the Board",
                                      "Quality Manager",
                                      "Facility Manager"};
constexpr const char* kTopTitles[] = {"Managing Director", "Chief Executive Officer"};
constexpr const char* kFinanceManagers[] = {"Controller"};
constexpr const char* kFinanceStaff[] = {"Accountant", "Financial Analyst"};
constexpr const char* kItManagers[] = {"IT Manager"};
constexpr const char* kItStaff[] = {"System Administrator", "Software Developer"};
constexpr const char* kPurchasingManagers[] = {"Purchasing Manager"};
constexpr const char* kPurchasingStaff[] = {"Senior Buyer", "Buyer"};
constexpr const char* kLogisticsManagers[] = {"Warehouse Manager", "Team Lead Logistics"};
constexpr const char* kLogisticsStaff[] = {"Logistics Planner", "Dispatcher"};
constexpr const char* kOperationsManagers[] = {"Operations Manager", "Project Manager"};
constexpr const char* kOperationsStaff[] = {"Production Planner", "Process Engineer"};
constexpr const char* kSalesManagers[] = {"Sales Manager", "Product Manager"};
constexpr const char* kSalesStaff[] = {"Account Manager", "Sales Representative"};
constexpr const char* kQualityManagers[] = {"Quality Manager"};
constexpr const char* kQualityStaff[] = {"Quality Engineer"};
constexpr const char* kAdministrationManagers[] = {"Office Manager", "Facility Manager"};
constexpr const char* kAdministrationStaff[] = {"Receptionist", "Office Assistant"};
constexpr Department kDepartments[] = {
    {"Finance", "Chief Financial Officer", "Head of Finance", kFinanceManagers, kFinanceStaff},
    {"IT", "Chief Technology Officer", "Head of IT", kItManagers, kItStaff},
    {"Purchasing", nullptr, "Head of Purchasing", kPurchasingManagers, kPurchasingStaff},
    {"Logistics", nullptr, "Head of Logistics", kLogisticsManagers, kLogisticsStaff},
    {"Operations", "Chief Operating Officer", "Head of Operations", kOperationsManagers, kOperationsStaff},
    {"Sales", nullptr, "Head of Sales", kSalesManagers, kSalesStaff},
    {"Quality", nullptr, "Head of Quality", kQualityManagers, kQualityStaff},
    {"Administration", nullptr, "Head of Administration", kAdministrationManagers, kAdministrationStaff},
};
constexpr const char* kCompetitors[] = {
    "Zebra",  "Honeywell",        "Datalogic", "SAP", "Oracle", "Infor", "Epicor", "Manhattan Associates",
    "Körber", "In-house solution"};
constexpr const char* kNextSteps[] = {"Send revised quote",       "Schedule product demo",
                                      "Meet procurement",         "Await budget approval",
                                      "Technical workshop",       "Reference call with existing customer",
                                      "Contract review by legal", "Present to the board",
                                      "Pilot installation",       "Clarify delivery dates"};
constexpr const char* kContactTags[] = {"vip",       "decision maker", "newsletter",  "trade fair",
                                        "reference", "technical",      "procurement", "champion"};
constexpr const char* kAccountTags[] = {"key account", "reference customer", "partner",  "public sector",
                                        "at risk",     "expansion",          "strategic"};

constexpr const char* kOpportunityNames[] = {
    "%1 rollout", "%1 expansion",           "%1 renewal",    "New site: %1", "%1 upgrade",
    "%1 pilot",   "Framework agreement %1", "%1 replacement"};
constexpr const char* kCallSubjects[] = {
    "Follow-up call",    "Discovery call", "Check-in on %1", "Call about renewal", "Clarify requirements for %1",
    "Pricing questions", "Reference call", "Delivery status"};
constexpr const char* kMeetingSubjects[] = {"Quarterly business review", "Product demo: %1", "Contract negotiation",
                                            "Requirements workshop",     "Site visit",       "Kick-off meeting",
                                            "Project status meeting",    "Lunch meeting",    "Executive briefing",
                                            "Training planning for %1"};
constexpr const char* kTaskSubjects[] = {"Send proposal",           "Prepare quote for %1", "Update forecast",
                                         "Send contract draft",     "Book demo equipment",  "Check credit limit",
                                         "Send meeting notes",      "Prepare QBR slides",   "Follow up on open invoice",
                                         "Introduce technical team"};
constexpr const char* kEmailSubjects[] = {"Offer for %1",
                                          "Pricing information",
                                          "Meeting notes",
                                          "Re: Your inquiry",
                                          "Product brochure %1",
                                          "Contract documents",
                                          "Invitation to our user conference",
                                          "Delivery confirmation"};
constexpr const char* kNoteSubjects[] = {"Notes from visit",  "Budget confirmed", "New decision maker",
                                         "Competitor active", "Feedback on %1",   "Reorganisation at customer"};

// The articles first: each ticket names the one that answers it.
enum Article {
    PasswordReset,
    Network,
    ErrorCodes,
    FirstSetup,
    Updating,
    Performance,
    Requirements,
    KnownIssues,
    LogFiles,
    Sync,
    Returns,
    Licensing,
    Warranty,
    DataKept,
    BillingAddress,
    InvoiceQuestions,
    DeliveryTracking,
    ContractRenewal,
    Training,
};

constexpr ArticleTemplate kArticles[] = {
    // About one product, written for each.
    {"How to reset your %1 password",
     "Passwords for %1 are managed by your administrator.\n\n1. Open the administration "
     "console.\n2. Select the user and choose Reset password.\n3. The user receives an email with a link valid for "
     "24 hours.",
     "password,account,login"},
    {"Troubleshooting network problems with %1",
     "If %1 cannot reach the network:\n\n1. Check that Wi-Fi is enabled.\n"
     "2. Verify the network profile under Settings → Network.\n3. Restart the device.\n4. Collect the log file and "
     "contact support if the problem persists.",
     "network,wifi,connection"},
    {"Error codes of %1 explained",
     "%1 reports problems with codes of the form E-nnn. E-1xx are hardware faults, "
     "E-2xx configuration problems (E-204: the configuration could not be loaded; reinstall the latest "
     "configuration package), E-3xx network problems and E-4xx licence problems.",
     "error,codes,troubleshooting"},
    {"Setting up %1 for the first time",
     "This guide walks you through the first start of %1: unpacking, connecting "
     "power, choosing the language and network, and registering the device with your account.",
     "setup,installation"},
    {"Updating %1 to the latest version",
     "Updates for %1 are released monthly. Install them from the administration "
     "console under Updates, or let devices update automatically at night.",
     "update,version,patch"},
    {"Improving the performance of %1",
     "Large reports in %1 run faster when filters are applied before opening them. "
     "Version 4.2.1 also fixes a slowdown introduced in 4.2.",
     "performance,slow,reports"},
    {"System requirements for %1",
     "%1 runs on the versions of its platform that are still supported by their makers. It needs a network "
     "connection to the central system for updates and licensing; everything else works offline.",
     "requirements,installation,compatibility"},
    {"Known issues in the current version of %1",
     "1. After an update, %1 may ask for the licence key again: enter it once, it is kept.\n2. Reports started "
     "during a sync wait until the sync is done.\nBoth are fixed in the next maintenance release.",
     "known issues,bug,version"},
    {"Collecting log files from %1",
     "Support may ask for the log files of %1.\n\n1. Open Help → Diagnostics.\n2. Choose Save logs.\n3. Attach "
     "the saved file to your ticket. The logs hold no passwords or customer data.",
     "logs,diagnostics,support"},
    {"When %1 stops syncing",
     "%1 syncs its data with the central system every few minutes.\n\n1. Check the time of the last sync under "
     "Settings → Sync.\n2. An expired sync certificate stops every sync: renew it in the administration console.\n"
     "3. Trigger a manual sync and check that it succeeds.",
     "sync,certificate,data"},
    // About every product.
    {"Returns and replacements",
     "If a device or a part of a delivery arrives damaged, report it within 14 days with a photo of the damage and "
     "the serial number. We send a prepaid return label and ship a replacement immediately.",
     "return,delivery,damage,replacement"},
    {"Licence keys: activation and reissue",
     "Our software is licensed per user or per site as stated in your contract. Licence keys are sent to the "
     "registered administrator. A key that is rejected can be reissued at any time; send us the key and the "
     "device's serial number.",
     "licence,key,activation,contract"},
    {"Warranty and support terms",
     "Our hardware comes with 24 months of warranty from delivery. Support plans extend it and add faster response "
     "times; your contract names the plan you have.",
     "warranty,support,contract"},
    {"How we keep your data",
     "Your data is kept in data centres in the European Union, encrypted at rest and in transit. Backups are kept "
     "for 30 days; a record you delete is gone from the backups after that.",
     "data,privacy,backup"},
    {"Changing your billing address",
     "Send the new billing address to the service desk, with the VAT number if it changed. Invoices issued from the "
     "next working day on use the new address; invoices already sent are not reissued unless you ask.",
     "billing,address,invoice"},
    {"Questions about an invoice",
     "Each invoice lists the licences and services of the billing period with their contract prices. If an amount "
     "does not match your order, send us the invoice number and the order confirmation: we check it within two "
     "working days and issue a credit note for any difference.",
     "invoice,billing,credit note"},
    {"Tracking a delivery",
     "Every shipment has a tracking number, sent by email when it leaves our warehouse. Deliveries within the EU "
     "take two to four working days. If an order has not arrived a week after it was confirmed, send us the order "
     "number and we contact the carrier.",
     "delivery,shipment,order,tracking"},
    {"Renewing your contract",
     "Contracts renew for another year unless cancelled three months before they end. Your account manager sends "
     "a renewal offer four months ahead, with the options to change the plan, the number of users or the term.",
     "contract,renewal,account"},
    {"Booking a training session",
     "We train new users on site or online, in groups of up to twelve. Tell the service desk the product, the "
     "number of people and the dates that suit you; our training team confirms within a week.",
     "training,onboarding,course"},
};

constexpr TicketTemplate kTickets[] = {
    {"%1 cannot connect to the network", "Technical",
     "Since this morning our %1 devices no longer connect to the Wi-Fi, although laptops in the same place do.",
     "Thank you for reporting this. Please restart the device and check the network profile under Settings → Network. "
     "If the problem persists, send us the log file.",
     "Could you send us the serial number of one of the devices and its log file (Help → Diagnostics → Save logs)?",
     Network},
    {"Error E-204 on %1", "Technical", "The %1 shows error E-204 when starting. What does it mean?",
     "Error E-204 means the configuration could not be loaded. Please reinstall the latest configuration package.",
     "Which configuration package is installed? Its version is shown under Settings → About.", ErrorCodes},
    {"Invoice amount incorrect", "Billing",
     "The last invoice charges us for more licences than we ordered. Please check and correct it.",
     "We have checked your contract and will send a credit note for the difference within two working days.",
     "Could you send us the invoice number and your order confirmation, so we can compare them?", InvoiceQuestions},
    {"Delivery delayed", "Delivery", "Our order has not arrived yet although delivery was confirmed for last week.",
     "The shipment was delayed at the carrier. It is now on its way and will arrive within two days.",
     "Could you send us the order number? We will ask the carrier where the shipment is.", DeliveryTracking},
    {"Password reset for %1", "Account", "A colleague is locked out of %1. Can you reset the password?",
     "The password has been reset. Your colleague will receive an email with a link to set a new one.",
     "For security, please confirm your colleague's user name; the request has to come from your administrator.",
     PasswordReset},
    {"Request for training on %1", "Training", "We have new staff and would like a training session on %1.",
     "Happy to help. Our training team will contact you to schedule a date.",
     "Which dates would suit you, and how many people will attend?", Training},
    {"%1 slow after update", "Technical", "After the last update %1 has become very slow when opening reports.",
     "This is a known issue of version 4.2. Please install patch 4.2.1, which fixes it.",
     "Which version is installed? It is shown under Help → About.", Performance},
    {"Change of billing address", "Billing", "Please update our billing address; we moved to a new office.",
     "Your billing address has been updated. Future invoices will use the new address.",
     "Please send us the new address, with your VAT number if it changed.", BillingAddress},
    {"Damaged device on arrival", "Delivery", "One %1 was damaged when it arrived. How do we return it?",
     "We are sorry. A return label is attached; a replacement ships today.",
     "We are sorry. Could you send us a photo of the damage and the device's serial number?", Returns},
    {"Question about contract renewal", "Account", "Our contract ends soon. What are the options for renewal?",
     "Your account manager will send you a renewal offer this week.",
     "Would you like to renew on the same terms, or should the offer include other plans too?", ContractRenewal},
    {"Sync fails on %1", "Technical",
     "Data from %1 no longer syncs to the central system. The last sync was yesterday.",
     "The sync certificate had expired. We renewed it; please trigger a manual sync to confirm.",
     "When did the last sync succeed? Please send us the log file so we can see the error.", Sync},
    {"Licence key not accepted", "Account", "The licence key we received for %1 is rejected as invalid.",
     "A new licence key was issued and sent to the registered administrator.",
     "Could you send us the licence key and the device's serial number?", Licensing},
};

constexpr const char* kCampaignNames[] = {
    "Spring webinar series",        "Trade fair LogiMAT", "Customer newsletter", "Product launch T200 Pro",
    "Customer satisfaction survey", "User conference",    "Year-end offer",      "Partner day",
    "Analytics Suite roadshow",     "Renewal reminder",   "Win-back campaign",   "Summer event"};

} // namespace

std::span<const Country> countries()
{
    return kCountries;
}
const char* industryOf(const char* word, unsigned long long roll)
{
    struct Meaning
    {
        const char* word;
        std::array<const char*, 3> industries; ///< nullptr-terminated when fewer
    };
    static constexpr Meaning meanings[] = {
        // German (also Austria and Switzerland)
        {"Logistik", {"logistics"}},
        {"Maschinenbau", {"manufacturing"}},
        {"Software", {"software"}},
        {"Bau", {"construction"}},
        {"Handel", {"retail"}},
        {"Elektrotechnik", {"manufacturing", "energy"}},
        {"Medizintechnik", {"healthcare"}},
        {"Energie", {"energy"}},
        {"Versicherungen", {"insurance"}},
        {"Consulting", {"consulting"}},
        {"Automation", {"manufacturing", "automotive"}},
        {"Druck", {"media"}},
        {"Verpackung", {"manufacturing", "chemicals"}},
        {"Lebensmittel", {"food"}},
        // English (United States, United Kingdom)
        {"Logistics", {"logistics"}},
        {"Systems", {"software", "telecom", "banking"}},
        {"Manufacturing", {"manufacturing", "automotive"}},
        {"Analytics", {"software", "consulting"}},
        {"Health", {"healthcare"}},
        {"Energy", {"energy"}},
        {"Foods", {"food"}},
        {"Robotics", {"manufacturing", "automotive"}},
        {"Networks", {"telecom"}},
        {"Supply", {"retail", "logistics"}},
        {"Labs", {"pharma", "chemicals", "education"}},
        {"Industries", {"manufacturing", "chemicals", "automotive"}},
        // French
        {"Logistique", {"logistics"}},
        {"Conseil", {"consulting"}},
        {"Technologies", {"software", "telecom"}},
        {"Distribution", {"retail"}},
        {"Énergie", {"energy"}},
        {"Bâtiment", {"construction"}},
        {"Santé", {"healthcare", "pharma"}},
        {"Services", {"banking", "insurance", "government"}},
        {"Informatique", {"software"}},
        // Spanish
        {"Logística", {"logistics"}},
        {"Ingeniería", {"construction", "manufacturing"}},
        {"Tecnología", {"software", "telecom"}},
        {"Distribución", {"retail"}},
        {"Construcciones", {"construction"}},
        {"Alimentación", {"food"}},
        {"Energía", {"energy"}},
        {"Consultores", {"consulting"}},
        {"Sistemas", {"software", "telecom"}},
        {"Transportes", {"logistics"}},
        // Italian
        {"Logistica", {"logistics"}},
        {"Meccanica", {"manufacturing", "automotive"}},
        {"Tecnologie", {"software", "telecom"}},
        {"Distribuzione", {"retail"}},
        {"Costruzioni", {"construction"}},
        {"Alimentare", {"food"}},
        {"Energia", {"energy"}},
        {"Sistemi", {"software", "telecom"}},
        {"Trasporti", {"logistics"}},
        // Dutch
        {"Logistiek", {"logistics"}},
        {"Techniek", {"manufacturing", "energy"}},
        {"Bouw", {"construction"}},
        {"Advies", {"consulting"}},
        {"Transport", {"logistics"}},
        {"Installatie", {"construction"}},
        {"Zorg", {"healthcare"}},
    };
    const std::string_view w(word);
    for (const Meaning& m : meanings) {
        if (w != m.word)
            continue;
        size_t n = 0;
        while (n < m.industries.size() && m.industries[n])
            ++n;
        return m.industries[roll % n];
    }
    return "other";
}

std::span<const char* const> companyAdjectives()
{
    return kAdjectives;
}
std::span<const char* const> companyNouns()
{
    return kNouns;
}
std::span<const Product> products()
{
    return kProducts;
}
std::span<const char* const> productCategories()
{
    return kCategories;
}
std::span<const char* const> jobTitles()
{
    return kJobTitles;
}
std::span<const Department> departments()
{
    return kDepartments;
}
std::span<const char* const> topTitles()
{
    return kTopTitles;
}
std::span<const char* const> competitors()
{
    return kCompetitors;
}
std::span<const char* const> nextSteps()
{
    return kNextSteps;
}
std::span<const char* const> contactTags()
{
    return kContactTags;
}
std::span<const char* const> accountTags()
{
    return kAccountTags;
}
std::span<const char* const> opportunityNames()
{
    return kOpportunityNames;
}
std::span<const char* const> callSubjects()
{
    return kCallSubjects;
}
std::span<const char* const> meetingSubjects()
{
    return kMeetingSubjects;
}
std::span<const char* const> taskSubjects()
{
    return kTaskSubjects;
}
std::span<const char* const> emailSubjects()
{
    return kEmailSubjects;
}
std::span<const char* const> noteSubjects()
{
    return kNoteSubjects;
}
std::span<const TicketTemplate> ticketTemplates()
{
    return kTickets;
}
std::span<const ArticleTemplate> articleTemplates()
{
    return kArticles;
}
std::span<const char* const> campaignNames()
{
    return kCampaignNames;
}

} // namespace rapport::demo
