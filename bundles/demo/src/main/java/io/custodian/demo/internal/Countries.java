package io.custodian.demo.internal;

import java.util.List;

/** The countries the demo shop sells to, with the share of customers each one has. */
final class Countries {

    static final Country GERMANY = new Country("DE", "49", List.of("151", "152", "160", "170", "176"), 8, "99999",
            "%1$s %2$d", "999999999999999999",
            List.of("Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Leipzig", "Dresden", "Bremen"),
            List.of("Hauptstraße", "Schillerstraße", "Gartenweg", "Bahnhofstraße", "Lindenallee", "Am Markt"),
            List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Wagner", "Koch"));
    static final Country FRANCE = new Country("FR", "33", List.of("6", "7"), 8, "99999",
            "%2$d %1$s", "99999999999999999999999",
            List.of("Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Strasbourg"),
            List.of("rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Pasteur",
                    "rue des Lilas", "place du Marché"),
            List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau"));
    static final Country NETHERLANDS = new Country("NL", "31", List.of("6"), 8, "9999 AA",
            "%1$s %2$d", "AAAA9999999999",
            List.of("Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen"),
            List.of("Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Julianalaan", "Prinsengracht"),
            List.of("de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer"));
    static final Country UNITED_KINGDOM = new Country("GB", "44", List.of("7"), 9, "AA99 9AA",
            "%2$d %1$s", "AAAA99999999999999",
            List.of("London", "Manchester", "Bristol", "Leeds", "Edinburgh", "Glasgow", "Cardiff", "Liverpool"),
            List.of("High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane"),
            List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Walker", "Wright"));
    static final Country SPAIN = new Country("ES", "34", List.of("6", "7"), 8, "99999",
            "Calle %1$s %2$d", "99999999999999999999",
            List.of("Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao"),
            List.of("Mayor", "de Alcalá", "del Sol", "de la Paz", "Real", "San Vicente"),
            List.of("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez"));
    static final Country ITALY = new Country("IT", "39", List.of("320", "333", "347", "349"), 7, "99999",
            "Via %1$s %2$d", "A9999999999999999999999",
            List.of("Roma", "Milano", "Napoli", "Torino", "Bologna", "Firenze", "Venezia", "Genova"),
            List.of("Roma", "Garibaldi", "Mazzini", "Dante", "Cavour", "Verdi"),
            List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"));
    static final Country AUSTRIA = new Country("AT", "43", List.of("664", "676", "699"), 7, "9999",
            "%1$s %2$d", "9999999999999999",
            List.of("Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt"),
            List.of("Ringstraße", "Mariahilfer Straße", "Hauptplatz", "Kirchengasse", "Linzer Straße"),
            List.of("Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer"));
    static final Country BELGIUM = new Country("BE", "32", List.of("470", "475", "485", "496"), 6, "9999",
            "%1$s %2$d", "999999999999",
            List.of("Brussel", "Antwerpen", "Gent", "Liège", "Brugge", "Namur"),
            List.of("Rue Neuve", "Kerkstraat", "Stationsstraat", "Avenue Louise", "Meir"),
            List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Dupont"));

    /** Each country as often as its share of customers: the shop is German and sells mostly nearby. */
    static final List<Country> BY_SHARE = List.of(GERMANY, GERMANY, GERMANY, FRANCE, FRANCE, NETHERLANDS,
            NETHERLANDS, UNITED_KINGDOM, UNITED_KINGDOM, SPAIN, ITALY, AUSTRIA, BELGIUM);

    static final List<String> FIRST_NAMES = List.of("Anna", "Lena", "Sophie", "Marie", "Laura", "Julia", "Emma", "Lea",
            "Clara", "Hannah", "Chloé", "Camille", "Inès", "Olivia", "Amelia", "Isla", "Sofia", "Giulia", "Lucía",
            "Martina", "Eva", "Sanne", "Fleur", "Zoë", "Noor", "Elena", "Paula", "Léa", "Charlotte", "Mia",
            "Lukas", "Leon", "Jonas", "Felix", "Paul", "Maximilian", "Noah", "Elias", "Finn", "Ben", "Louis",
            "Hugo", "Arthur", "Jules", "Oliver", "George", "Harry", "Jack", "Daan", "Sem", "Lars", "Luca",
            "Marco", "Alessandro", "Pablo", "Javier", "Mateo", "Tobias", "Jan", "Thomas", "Jürgen", "François");

    private Countries() {
    }
}
