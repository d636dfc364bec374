<?php
/**
 * Replies over the REST API as the site's own comment form allows them. Core refuses every
 * anonymous REST comment; with Lectern a visitor may send one exactly when the site's Discussion
 * settings let them comment through its form: "Users must be registered and logged in to
 * comment" off, and core's own checks passed (comments open on the post, closed by age
 * included). A site that requires
 * registration answers anonymous REST replies with its own code, which Lectern says plainly
 * (instead of trying the form, which would refuse too).
 */

defined('ABSPATH') || exit;

// Anonymous readers may use the route unless the site requires registration; core then applies
// every rule its form applies (comments open, closed by age included: `rest_comment_closed`;
// required name and email, flood, duplicates, moderation), with the same words.
add_filter('rest_allow_anonymous_comments', function ($allow) {
    return get_option('comment_registration') ? $allow : true;
});

add_filter('rest_request_before_callbacks', function ($response, $handler, $request) {
    if (
        $request instanceof WP_REST_Request
        && $request->get_method() === 'POST'
        && $request->get_route() === '/wp/v2/comments'
        && !is_user_logged_in()
        && get_option('comment_registration')
    ) {
        return new WP_Error(
            'lectern_registration_required',
            __('Only registered users who are logged in can comment on this site.', 'lectern'),
            ['status' => 401]
        );
    }
    return $response;
}, 10, 3);
