/** Values the administrator changes at run time without redeploying (SPEC: "configurable"). */
package cn.kesu.model.settings;
