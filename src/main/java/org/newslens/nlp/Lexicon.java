package org.newslens.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * General knowledge about group words, taken from CoreNLP's own resources in its models jar: the
 * demonym table (place, adjective, plural) and the nationality, religion and ideology entries of its
 * KBP gazetteer. Plus a small table of country abbreviations. Nothing here comes from any article.
 */
public final class Lexicon {
    static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    static final String GAZETTEER = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    /** CoreNLP's name-gender table: some 14,000 given names, one per line with MALE or FEMALE. */
    static final String GIVEN_NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    /**
     * Abbreviations and short forms whose full name is better known (lower case → canonical), by category: places,
     * and organisations every news reader knows.
     */
    private static final Map<EntityLabel, Map<String, String>> ALIASES = Map.of(
            EntityLabel.PLACE, Map.ofEntries(
                    Map.entry("us", "United States"), Map.entry("u.s.", "United States"), Map.entry("u.s", "United States"),
                    Map.entry("usa", "United States"), Map.entry("u.s.a.", "United States"), Map.entry("america", "United States"),
                    Map.entry("united states of america", "United States"), Map.entry("united states", "United States"),
                    Map.entry("uk", "United Kingdom"), Map.entry("u.k.", "United Kingdom"), Map.entry("britain", "United Kingdom"),
                    Map.entry("great britain", "United Kingdom"), Map.entry("united kingdom", "United Kingdom"),
                    Map.entry("uae", "United Arab Emirates"), Map.entry("u.a.e.", "United Arab Emirates"),
                    Map.entry("ussr", "Soviet Union"), Map.entry("u.s.s.r.", "Soviet Union"),
                    Map.entry("drc", "Democratic Republic of the Congo"), Map.entry("prc", "China")),
            EntityLabel.GROUP, Map.ofEntries(
                    Map.entry("un", "United Nations"), Map.entry("u.n.", "United Nations"),
                    Map.entry("eu", "European Union"), Map.entry("e.u.", "European Union")));

    private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s*-\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, String> demonymToPlural;
    private final Set<String> groupWords;
    private final Set<String> givenNames;
    private final Set<String> countries = new HashSet<>();

    public Lexicon(Map<String, String> demonymToPlural, Map<String, String> demonymToPlace, Set<String> groupWords) {
        this(demonymToPlural, demonymToPlace, groupWords, Set.of());
    }

    public Lexicon(Map<String, String> demonymToPlural, Map<String, String> demonymToPlace, Set<String> groupWords,
            Set<String> givenNames) {
        this.demonymToPlural = Map.copyOf(demonymToPlural);
        this.groupWords = Set.copyOf(groupWords);
        this.givenNames = Set.copyOf(givenNames);
        for (String place : demonymToPlace.values()) {
            countries.add(key(place));
        }
    }

    /** Reads CoreNLP's resources from the classpath (a few hundred milliseconds). */
    public static Lexicon fromCoreNlpModels() {
        Map<String, String> plural = new HashMap<>();
        Map<String, String> place = new HashMap<>();
        Set<String> words = new HashSet<>();
        read(DEMONYMS, line -> {
            if (line.startsWith("#")) {
                return;
            }
            String[] f = line.split("\t");
            if (f.length < 2) {
                return;
            }
            String adjective = f[1].strip();
            String linePlural = pluralOf(f);
            Set<String> forms = new HashSet<>();
            for (int i = 1; i < f.length; i++) {
                forms.add(f[i].strip());
            }
            for (int i = 1; i < f.length; i++) {
                String form = f[i].strip();
                if (!form.isEmpty()) {
                    String people = forms.contains(form + "s") ? form + "s" : form.endsWith("s") ? form : linePlural;
                    plural.putIfAbsent(key(form), people);
                    place.putIfAbsent(key(form), f[0].strip());
                }
            }
            if (!adjective.isEmpty()) {
                words.add(key(adjective));
            }
        });
        words.addAll(gazetteerGroupWords());
        Set<String> given = new HashSet<>();
        read(GIVEN_NAMES, line -> {
            int tab = line.indexOf('\t');
            String name = tab < 0 ? line.strip() : line.substring(0, tab).strip();
            // the table's one- and two-letter entries are mostly particles and syllables ("al", "le", "in", "so")
            if (name.length() > 2 && name.chars().allMatch(Character::isLetter)) {
                given.add(key(name));
            }
        });
        return new Lexicon(plural, place, words, given);
    }

    /**
     * The gazetteer's nationality, religion and ideology entries, as keys: from the model pack, where the build wrote
     * them ({@link ModelPack#GROUP_WORDS}: 7,700 lines instead of the gazetteer's 580,000 at every start), else from
     * the gazetteer itself.
     */
    static Set<String> gazetteerGroupWords() {
        if (Lexicon.class.getClassLoader().getResource(ModelPack.DIR + ModelPack.GROUP_WORDS) == null) {
            return scanGazetteer();
        }
        Set<String> words = new HashSet<>();
        read(ModelPack.DIR + ModelPack.GROUP_WORDS, words::add);
        return words;
    }

    static Set<String> scanGazetteer() {
        Set<String> words = new HashSet<>();
        read(GAZETTEER, line -> {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                return;
            }
            int tab2 = line.indexOf('\t', tab + 1);
            String type = line.substring(tab + 1, tab2 < 0 ? line.length() : tab2);
            if (type.equals("NATIONALITY") || type.equals("RELIGION") || type.equals("IDEOLOGY")) {
                words.add(key(line.substring(0, tab)));
            }
        });
        return words;
    }

    private static String pluralOf(String[] fields) {
        String adjective = fields[1].strip();
        for (int i = 2; i < fields.length; i++) {
            String f = fields[i].strip();
            if (f.endsWith("s") && !f.equals(adjective)) {
                return f;
            }
        }
        if (adjective.endsWith("ese") || adjective.endsWith("ish") || adjective.endsWith("ch")
                || adjective.endsWith("ss") || adjective.endsWith("s")) {
            return adjective;
        }
        return adjective + "s";
    }

    private interface LineSink {
        void accept(String line);
    }

    private static void read(String resource, LineSink sink) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("CoreNLP models jar lacks " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                sink.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        return SPACES.matcher(SPACED_HYPHEN.matcher(lower).replaceAll("-")).replaceAll(" ").strip();
    }

    /** A nationality, demonym, religion or ideology ("Afghan", "Afghans", "Islamic", "Sunni"). */
    public boolean isGroupWord(String phrase) {
        String k = key(phrase);
        return groupWords.contains(k) || demonymToPlural.containsKey(k);
    }

    /** The people a demonym names, in the plural ("Afghan" → "Afghans"), or null for a word not in the demonym table. */
    public String peopleOf(String demonym) {
        return demonymToPlural.get(key(demonym));
    }

    /** A given name from CoreNLP's name-gender table ("Mira", "Osric"), case aside; at least three letters. */
    public boolean isGivenName(String word) {
        return givenNames.contains(key(word));
    }

    /** A country or other place the demonym table names ("Afghanistan", "Scotland"), case aside. */
    public boolean isCountryName(String phrase) {
        return countries.contains(key(phrase));
    }

    /** Canonical name of a place or well-known organisation abbreviation ("US" → "United States", "UN" → "United Nations"), or null. */
    public String alias(EntityLabel label, String phrase) {
        return ALIASES.getOrDefault(label, Map.of()).get(key(phrase));
    }
}
