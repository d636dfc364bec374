<?php
/*
 * Plugin Name: Lectern test switches
 * Description: Core's comment flood check (on by default, as in core,
 * switchable), a request that the site answers without CORS headers (a site that refuses
 * other origins), one it answers as a site whose REST API is off for visitors, and a strict
 * Content-Security-Policy on every page (switchable, off by default: a site that sends one).
 */
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

// A site that sends a strict policy of its own: scripts only from the site, wasm allowed.
if (get_option('lectern_test_csp', '0') === '1') {
    add_action('send_headers', function () {
        header("Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'");
    });
}
