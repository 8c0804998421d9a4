/** Excel workbooks (Apache POI): the company's lists read as rows of text, and written back the same way. */
package cn.kesu.infrastructure.excel;
