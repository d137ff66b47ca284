package org.attache.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with its tokens and, once parsed, its dependency tree.
 *
 * <p>A sentence is first produced <em>tagged</em> (tokens with lemma and part of speech, no
 * dependencies) because that is cheap; only sentences that may yield an event are then
 * <em>parsed</em> (see {@link #withDependencies(List)}), because dependency parsing costs ten
 * times more. Immutable and thread-safe.
 *
 * <p>Design decision: a class, not a record, because it keeps an index of the tree (governor,
 * relation and children per token) derived once from the dependency list.
 */
public final class Sentence {

    private final int index;
    private final String text;
    private final int begin;
    private final List<Token> tokens;
    private final List<Dependency> dependencies;
    private final int[] governor;
    private final String[] relation;
    private final List<List<Integer>> children;

    /**
     * @param index position of the sentence in its document (0-based)
     * @param text the sentence's text as it appears in the document
     * @param begin character offset of the sentence in the document
     */
    public Sentence(int index, String text, int begin, List<Token> tokens, List<Dependency> dependencies) {
        this.index = index;
        this.text = Objects.requireNonNull(text, "text");
        this.begin = begin;
        this.tokens = List.copyOf(tokens);
        this.dependencies = List.copyOf(dependencies);
        int size = this.tokens.size();
        governor = new int[size];
        relation = new String[size];
        List<List<Integer>> kids = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            governor[i] = Dependency.ROOT;
            relation[i] = "";
            kids.add(new ArrayList<>(2));
        }
        for (Dependency d : this.dependencies) {
            if (d.dependent() >= size || d.governor() >= size) {
                throw new IllegalArgumentException("dependency outside sentence of " + size + " tokens: " + d);
            }
            governor[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() >= 0) {
                kids.get(d.governor()).add(d.dependent());
            }
        }
        List<List<Integer>> frozen = new ArrayList<>(size);
        for (List<Integer> k : kids) {
            Collections.sort(k);
            frozen.add(List.copyOf(k));
        }
        children = List.copyOf(frozen);
    }

    public Sentence(int index, String text, int begin, List<Token> tokens) {
        this(index, text, begin, tokens, List.of());
    }

    public Sentence withDependencies(List<Dependency> parsed) {
        return new Sentence(index, text, begin, tokens, parsed);
    }

    public int index() {
        return index;
    }

    public String text() {
        return text;
    }

    public int begin() {
        return begin;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Dependency> dependencies() {
        return dependencies;
    }

    public boolean isParsed() {
        return !dependencies.isEmpty() || tokens.isEmpty();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The text of tokens {@code from..to} (inclusive) as written in the sentence. */
    public String textOf(int from, int to) {
        int start = tokens.get(from).begin() - begin;
        int end = tokens.get(to).end() - begin;
        return text.substring(Math.max(0, start), Math.min(text.length(), end));
    }

    /** Index of the governor of token {@code i}, or {@link Dependency#ROOT}. */
    public int governor(int i) {
        return governor[i];
    }

    /** Relation from token {@code i} to its governor ({@code "root"} for the root, {@code ""} unparsed). */
    public String relation(int i) {
        return relation[i];
    }

    /** True if token {@code i}'s relation is {@code rel} or one of its subtypes. */
    public boolean hasRelation(int i, String rel) {
        String r = relation[i];
        return r.equals(rel) || (r.startsWith(rel) && r.length() > rel.length() && r.charAt(rel.length()) == ':');
    }

    /** Dependents of token {@code i}, in sentence order. */
    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** Dependents of token {@code i} whose relation is {@code rel} or one of its subtypes. */
    public List<Integer> children(int i, String rel) {
        List<Integer> found = new ArrayList<>(2);
        for (int c : children.get(i)) {
            if (hasRelation(c, rel)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The first dependent of {@code i} with the given relation (subtypes included), or -1. */
    public int child(int i, String rel) {
        for (int c : children.get(i)) {
            if (hasRelation(c, rel)) {
                return c;
            }
        }
        return -1;
    }

    /** The root token's index, or -1 for an unparsed sentence. */
    public int root() {
        for (int i = 0; i < tokens.size(); i++) {
            if (governor[i] == Dependency.ROOT && !relation[i].isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && s.index == index && s.begin == begin && s.text.equals(text)
                && s.tokens.equals(tokens) && s.dependencies.equals(dependencies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, begin, text, tokens, dependencies);
    }

    @Override
    public String toString() {
        return "Sentence[" + index + ": " + text + "]";
    }
}
