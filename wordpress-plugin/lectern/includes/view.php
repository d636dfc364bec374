<?php
/**
 * The Lectern view of a post, at the post's own address: the theme's template is swapped for the
 * plugin's page when the site (Settings → Reading) or the post (its "Lectern" box) chooses it.
 * `?lectern=off` shows the theme's view, one click away from the Lectern view.
 */

defined('ABSPATH') || exit;

/** Whether post `$post` is shown in Lectern: the post's own choice, else the site's. */
function lectern_view_chosen(WP_Post $post): bool {
    $own = get_post_meta($post->ID, LECTERN_POST_META, true);
    if ($own === 'on' || $own === 'off') {
        return $own === 'on';
    }
    return get_option(LECTERN_VIEW_OPTION, '1') === '1';
}

/** Whether this request asks for the theme's view instead. */
function lectern_theme_asked(): bool {
    return isset($_GET['lectern']) && sanitize_key(wp_unslash($_GET['lectern'])) === 'off';
}

add_filter('template_include', function (string $template): string {
    if (!is_singular('post') || lectern_theme_asked() || post_password_required()) {
        return $template;
    }
    $post = get_queried_object();
    if (!$post instanceof WP_Post || !lectern_view_chosen($post)) {
        return $template;
    }
    return __DIR__ . '/../templates/reader.php';
}, 99);

/** The REST address Lectern reads post `$post_id` from (the first page of its thread embedded). */
function lectern_rest_address(int $post_id): string {
    return add_query_arg('_embed', '1', rest_url('wp/v2/posts/' . $post_id));
}
