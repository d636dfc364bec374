<?php
/**
 * `[lectern]` embeds a post in any page: `[lectern post="123"]` (a post of this site),
 * `[lectern src="https://example.org/wp-json/wp/v2/posts/7"]` (any site's REST address, or a
 * Lectern post file). Without JavaScript it shows a link to the post.
 */

defined('ABSPATH') || exit;

add_shortcode('lectern', function ($attributes): string {
    $attributes = shortcode_atts(['post' => '', 'src' => ''], (array) $attributes, 'lectern');
    $post_id = absint($attributes['post']);
    if ($post_id > 0) {
        $post = get_post($post_id);
        if (!$post instanceof WP_Post || !is_post_publicly_viewable($post) || post_password_required($post)) {
            return '<p class="lectern-missing">' . esc_html__('Lectern: there is no published post with this id.', 'lectern') . '</p>';
        }
        lectern_enqueue_reader();
        $link = '<p><a href="' . esc_url(get_permalink($post)) . '">' . esc_html(get_the_title($post)) . '</a></p>';
        return lectern_element_for(lectern_rest_address($post->ID), $link, true);
    }
    $src = esc_url_raw(trim((string) $attributes['src']), ['http', 'https']);
    if ($src === '') {
        return '<p class="lectern-missing">' . esc_html__('Lectern: give the shortcode a post (post="123") or an address (src="https://…").', 'lectern') . '</p>';
    }
    lectern_enqueue_reader();
    $link = '<p><a href="' . esc_url($src) . '">' . esc_html__('Read the post', 'lectern') . '</a></p>';
    return lectern_element_for($src, $link, false);
});

/** Loads the reader's module on this page (once, however many readers it holds). */
function lectern_enqueue_reader(): void {
    if (function_exists('wp_enqueue_script_module')) {
        wp_enqueue_script_module('lectern-embed', lectern_asset_url('lectern-embed.js'));
        return;
    }
    // WordPress before 6.5 has no script modules: a module tag printed in the footer.
    if (!has_action('wp_footer', 'lectern_print_module')) {
        add_action('wp_footer', 'lectern_print_module');
    }
}

/** The reader's module tag, for WordPress versions without script modules. */
function lectern_print_module(): void {
    echo '<script type="module" src="' . esc_url(lectern_asset_url('lectern-embed.js')) . '"></script>' . "\n";
}
