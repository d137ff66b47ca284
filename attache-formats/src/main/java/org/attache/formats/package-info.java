/**
 * File formats around the coder: reading the articles to code ({@link org.attache.formats.ArticleReader}),
 * writing coded events as JSON Lines ({@link org.attache.formats.EventJson},
 * {@link org.attache.formats.EventJsonWriter}), and scoring events against a gold standard
 * ({@link org.attache.formats.GoldStandard}, {@link org.attache.formats.Scorer}) with the same
 * rules and the same printed figures as the project's reference script {@code score.py}.
 */
package org.attache.formats;
