package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.attache.text.Dependency;
import org.attache.text.NlpPipeline;
import org.attache.text.Sentence;
import org.attache.text.Token;

/**
 * {@link NlpPipeline} on Stanford CoreNLP: {@code tokenize,ssplit,pos,lemma} for tagging and the
 * neural dependency parser (Universal Dependencies, basic tree) for parsing.
 *
 * <p>Not thread-safe: CoreNLP's parser keeps a cache that threads contend on, so each thread gets
 * its own instance through {@link #perThread()}. The models are loaded in the constructor (about
 * five seconds); build one instance per thread and keep it.
 */
public final class CoreNlpPipeline implements NlpPipeline {

    private final StanfordCoreNLP tagger;
    private final DependencyParser parser;

    public CoreNlpPipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        // Keep quotes and brackets as written so evidence reads like the article.
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,ptb3Escaping=false,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.tagger = new StanfordCoreNLP(props, false);
        this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
    }

    /**
     * Silences CoreNLP's own progress messages on stderr ("Adding annotator pos", model loading)
     * by giving its logger no handler. Nothing is captured: System.out and System.err stay ours.
     */
    public static void quietLogging() {
        RedwoodConfiguration.empty().apply();
    }

    /** A supplier giving each calling thread its own pipeline, created on first use. */
    public static Supplier<NlpPipeline> perThread() {
        ThreadLocal<NlpPipeline> local = ThreadLocal.withInitial(CoreNlpPipeline::new);
        return local::get;
    }

    @Override
    public List<Sentence> tag(String text) {
        Annotation document = new Annotation(text);
        tagger.annotate(document);
        List<CoreMap> maps = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(maps.size());
        for (CoreMap map : maps) {
            List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                tokens.add(new Token(i, l.word(), l.lemma(), tagOf(labels, i), l.beginPosition(), l.endPosition()));
            }
            int begin = map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), text.substring(begin, end), begin, tokens));
        }
        return sentences;
    }

    /**
     * Weapons whose names are also verbs: before a noun they are the noun's modifier ("a US drone
     * strike", "rocket fire"), which the tagger sometimes reads as a verb ("a US drone[VB] strike"),
     * and the parse of the whole sentence goes wrong with it.
     */
    private static final java.util.Set<String> WEAPON_MODIFIERS = java.util.Set.of("drone", "drones", "rocket",
            "rockets", "shell", "bomb", "mortar", "mine");

    private static String tagOf(List<CoreLabel> labels, int i) {
        CoreLabel l = labels.get(i);
        String word = l.word().toLowerCase(java.util.Locale.ROOT);
        if (l.tag().startsWith("VB") && WEAPON_MODIFIERS.contains(word) && i + 1 < labels.size()
                && labels.get(i + 1).tag().startsWith("NN")) {
            return word.endsWith("s") ? "NNS" : "NN";
        }
        if (l.tag().equals("NNP") && coordinatedWithAdjective(labels, i)) {
            return "JJ";
        }
        if (firstNameTakenForNoun(labels, i)) {
            return "NNP";
        }
        if (mandatedVerbTakenForNoun(labels, i)) {
            return "VB";
        }
        return l.tag();
    }

    /** Verbs whose "that" clause takes a bare verb: "demanded that Serbia hand over the suspect". */
    private static final java.util.Set<String> MANDATIVE = java.util.Set.of("demand", "insist", "urge", "ask",
            "request", "recommend", "propose", "suggest", "require", "order");
    /** Tags of what may follow a bare verb but rarely a noun that ends a subject: "hand over", "tow away the". */
    private static final java.util.Set<String> AFTER_A_VERB = java.util.Set.of("IN", "RP", "RB", "DT", "PRP$", "PRP",
            "CD", "TO");

    /**
     * "China demanded that the Philippines tow away the ship": after a mandative verb, "that" and a
     * name, the bare verb is often tagged as a noun the name modifies ("Philippines tow"), and the
     * demand loses both its clause and its addressee.
     */
    private static boolean mandatedVerbTakenForNoun(List<CoreLabel> labels, int i) {
        CoreLabel l = labels.get(i);
        if (!l.tag().equals("NN") || !Character.isLowerCase(l.word().charAt(0)) || i + 1 >= labels.size()
                || !AFTER_A_VERB.contains(labels.get(i + 1).tag()) || !labels.get(i - 1).tag().startsWith("NNP")) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && (labels.get(k).tag().startsWith("NNP") || labels.get(k).tag().equals("DT"))) {
            k--;
        }
        return k >= 1 && labels.get(k).word().equalsIgnoreCase("that") && labels.get(k - 1).tag().startsWith("VB")
                && MANDATIVE.contains(labels.get(k - 1).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A capitalised word inside the sentence, tagged as a common noun before a proper noun, is the
     * first part of a name: "his counterpart Penny[NN] Wong", "Rose[NN] Gottemoeller". As a common
     * noun it heads the phrase and the name is lost.
     */
    private static boolean firstNameTakenForNoun(List<CoreLabel> labels, int i) {
        CoreLabel l = labels.get(i);
        return (l.tag().equals("NN") || l.tag().equals("NNS")) && i > 0 && i + 1 < labels.size()
                && Character.isUpperCase(l.word().charAt(0)) && labels.get(i + 1).tag().equals("NNP")
                && Character.isLetter(labels.get(i - 1).word().charAt(0));
    }

    /**
     * A proper noun between "ADJECTIVE and" and a common noun modifies the noun like the adjective
     * does: "Jordanian and US aircraft", "a Saudi and US offer". Tagged as a proper noun, it makes
     * the parser hang the whole sentence on the first adjective; as an adjective, it is parsed as
     * the second member of a coordination of modifiers.
     */
    private static boolean coordinatedWithAdjective(List<CoreLabel> labels, int i) {
        if (i < 2 || i + 1 >= labels.size()) {
            return false;
        }
        String conjunction = labels.get(i - 1).word().toLowerCase(java.util.Locale.ROOT);
        return (conjunction.equals("and") || conjunction.equals("or"))
                && labels.get(i - 2).tag().equals("JJ")
                && labels.get(i + 1).tag().startsWith("NN") && !labels.get(i + 1).tag().startsWith("NNP");
    }

    @Override
    public Sentence parse(Sentence tagged) {
        List<CoreLabel> labels = new ArrayList<>(tagged.size());
        for (Token t : tagged.tokens()) {
            CoreLabel label = new CoreLabel();
            label.setWord(t.word());
            label.setValue(t.word());
            label.setTag(t.tag());
            label.setLemma(t.lemma());
            label.setIndex(t.index() + 1);
            labels.add(label);
        }
        GrammaticalStructure structure = parser.predict(labels);
        List<Dependency> edges = new ArrayList<>(labels.size());
        for (TypedDependency td : structure.typedDependencies()) {
            int dependent = td.dep().index() - 1;
            int governor = td.gov().index() - 1;
            edges.add(new Dependency(governor < 0 ? Dependency.ROOT : governor, dependent, td.reln().toString()));
        }
        return tagged.withDependencies(ParseRepairs.repair(tagged.tokens(), edges));
    }
}
