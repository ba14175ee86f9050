package org.backcare.common;

/**
 * An answer that carries something shown only once, such as a new secret. What an idempotent
 * replay keeps and sends again is {@link #withoutSecrets()}: the secret is never stored in the
 * clear to be replayed, and a client that lost the first answer makes a new secret instead.
 */
public interface ShownOnce {

    Object withoutSecrets();
}
