package org.attache.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.pipeline.ArticleCoder;
import org.attache.pipeline.CodedArticle;
import org.attache.text.Article;

/** Codes a list of articles on several threads and returns the results in the list's order. */
final class InOrder {

    private InOrder() {
    }

    static List<CodedArticle> code(ArticleCoder coder, List<Article> articles, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<CodedArticle>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> coder.code(a)));
            }
            List<CodedArticle> results = new ArrayList<>(articles.size());
            for (Future<CodedArticle> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("coding failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
