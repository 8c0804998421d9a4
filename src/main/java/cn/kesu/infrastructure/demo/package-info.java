/** Demo users (and later demo cases), loaded only when the server runs with the demo flag. */
package cn.kesu.infrastructure.demo;
