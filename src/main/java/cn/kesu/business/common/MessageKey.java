package cn.kesu.business.common;

/** An argument of a refusal that is itself a text of the bundle (a step or role name), shown translated. */
public record MessageKey(String key) implements java.io.Serializable {
}
