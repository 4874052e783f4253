/**
 * Value types every module shares: paging, and the problem types that the web layer turns
 * into RFC 9457 problem details. No services live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.casework.shared;
