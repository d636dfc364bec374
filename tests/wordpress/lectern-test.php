<?php
/*
 * Plugin Name: Lectern test switches
 * Description: What a site owner does to take anonymous comments over the REST API (off by
 * default: a stock site refuses them; switched on to test a site that opted in), core's
 * comment flood check (on by default, as in core,
 * switchable), a request that the site answers without CORS headers (a site that refuses
 * other origins), and one it answers as a site whose REST API is off for visitors.
 */
if (get_option('lectern_anonymous_comments', '0') === '1') {
    add_filter('rest_allow_anonymous_comments', '__return_true');
}

if (get_option('lectern_flood_check', '1') !== '1') {
    add_filter('wp_is_comment_flood', '__return_false', 100);
}

if (isset($_GET['lectern_refuse_cors'])) {
    add_action('rest_api_init', function () {
        remove_filter('rest_pre_serve_request', 'rest_send_cors_headers');
    }, 100);
}

// A site that answers its REST API only to logged-in users (as security plugins do).
if (isset($_GET['lectern_rest_off'])) {
    add_filter('rest_authentication_errors', function () {
        return new WP_Error('rest_login_required', 'REST API restricted to authenticated users.', ['status' => 401]);
    });
}
