package org.casework.support;

import org.casework.TestUsers;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Calls the API as one of the demo users, the way a script would (HTTP Basic, JSON). */
public record Api(MockMvc mvc, String user) {

	public static Api as(MockMvc mvc, String user) {
		return new Api(mvc, user);
	}

	public ResultActions get(String path, Object... vars) throws Exception {
		return this.mvc.perform(auth(MockMvcRequestBuilders.get(path, vars)));
	}

	public ResultActions post(String path, String json, Object... vars) throws Exception {
		return withBody(MockMvcRequestBuilders.post(path, vars), null, json);
	}

	public ResultActions postIfMatch(String path, String etag, String json, Object... vars) throws Exception {
		return withBody(MockMvcRequestBuilders.post(path, vars), etag, json);
	}

	public ResultActions put(String path, String etag, String json, Object... vars) throws Exception {
		return withBody(MockMvcRequestBuilders.put(path, vars), etag, json);
	}

	public ResultActions patch(String path, String etag, String json, Object... vars) throws Exception {
		return withBody(MockMvcRequestBuilders.patch(path, vars), etag, json);
	}

	private ResultActions withBody(MockHttpServletRequestBuilder request, String etag, String json) throws Exception {
		MockHttpServletRequestBuilder req = auth(request).contentType(MediaType.APPLICATION_JSON).content(json);
		if (etag != null) {
			req.header("If-Match", etag);
		}
		return this.mvc.perform(req);
	}

	private MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder builder) {
		return builder.with(httpBasic(this.user, TestUsers.PASSWORD));
	}

}
