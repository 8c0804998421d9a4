/**
 * Page objects for the PrimeFaces widgets the screens use, so that a browser test says "the second cell of
 * the first row of the Pareto table" rather than a CSS path, and a PrimeFaces upgrade that changes a
 * widget's markup is mended in one place.
 */
package cn.kesu.support.widgets;
