package eu.lorntech.totem.identity.boundary;

/** A person's tokens, roles or active state changed: what was cached of them is stale. */
public record CallerChanged(Long userId) {
}
