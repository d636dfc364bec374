<?php
/*
 * Plugin Name: Lectern test switches
 * Description: What a site owner does to take anonymous comments over the REST API (switchable,
 * to test a site that refuses them), core's comment flood check (on by default, as in core,
 * switchable), and a request that the site answers without CORS headers (a site that refuses
 * other origins).
 */
if (get_option('lectern_anonymous_comments', '1') === '1') {
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
