/** Screens of the execution step that stand on their own: the receivables report for the bonus computation. */
package cn.kesu.view.execution;
