/**
 * Classes that break the architecture rules on purpose, so that {@code ArchitectureTest} can show
 * each rule really fails. They live in test sources only; the production import
 * ({@code ImportOption.Predefined.DO_NOT_INCLUDE_TESTS}) never sees them. Do not use them elsewhere.
 */
package org.learnops.studio.archfixture;
