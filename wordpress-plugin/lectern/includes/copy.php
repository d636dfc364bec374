<?php
/**
 * The `<lectern-reader>` element, and the copy of a post it holds for readers without
 * JavaScript. Shared by the Lectern view and the shortcode.
 */

defined('ABSPATH') || exit;

/**
 * `<lectern-reader>` reading `$post` from this site's REST API, holding `$copy` (markup already
 * escaped) for readers without JavaScript. Attributes a logged-in reader needs to reply as
 * themselves are added when the post is this site's.
 */
function lectern_reader_element(WP_Post $post, string $copy): string {
    return lectern_element_for(lectern_rest_address($post->ID), $copy, true);
}

/** `<lectern-reader src="$src">` with `$copy` inside; `$own_site`: the post is this site's. */
function lectern_element_for(string $src, string $copy, bool $own_site): string {
    $attributes = ['src' => $src];
    if ($own_site && is_user_logged_in()) {
        $user = wp_get_current_user();
        $attributes['rest-nonce'] = wp_create_nonce('wp_rest');
        $attributes['commenter'] = $user->display_name;
    }
    $html = '<lectern-reader src="' . esc_url($src) . '"';
    unset($attributes['src']);
    foreach ($attributes as $name => $value) {
        $html .= ' ' . $name . '="' . esc_attr($value) . '"';
    }
    return $html . '><noscript>' . $copy . '</noscript></lectern-reader>';
}

/** The post, its published thread and the site's comment form, as WordPress renders them. */
function lectern_page_copy(WP_Post $post): string {
    $GLOBALS['post'] = $post;
    setup_postdata($post);
    $content = apply_filters('the_content', get_the_content(null, false, $post));
    $html = '<article class="lectern-copy"><h1>' . esc_html(get_the_title($post)) . '</h1>';
    $html .= '<p class="lectern-byline">' . esc_html(sprintf(
        /* translators: 1: author, 2: date */
        __('By %1$s, %2$s', 'lectern'),
        get_the_author_meta('display_name', (int) $post->post_author),
        get_the_date('', $post)
    )) . '</p>';
    $html .= wp_kses_post($content) . '</article>';
    $html .= lectern_thread_copy($post);
    wp_reset_postdata();
    return $html;
}

/** The post's published comments, threaded as the site shows them, then its comment form. */
function lectern_thread_copy(WP_Post $post): string {
    $comments = get_comments(['post_id' => $post->ID, 'status' => 'approve', 'order' => 'ASC']);
    $html = '<section id="comments" class="lectern-copy-comments"><h2>' . esc_html__('Comments', 'lectern') . '</h2>';
    if ($comments) {
        $html .= '<ol class="comment-list">' . wp_list_comments([
            'style' => 'ol',
            'avatar_size' => 0,
            'echo' => false,
        ], $comments) . '</ol>';
    }
    ob_start();
    comment_form([], $post->ID);
    $html .= (string) ob_get_clean();
    return $html . '</section>';
}
