<?php
/**
 * The site owner's choices: Settings → Reading ("Show posts in Lectern", site-wide) and a
 * "Lectern" box on each post (the site's choice, always, or never). WordPress's settings API
 * checks the capability and nonce of the Reading page; the post box checks its own.
 */

defined('ABSPATH') || exit;

add_action('admin_init', function (): void {
    register_setting('reading', LECTERN_VIEW_OPTION, [
        'type' => 'string',
        'default' => '1',
        'sanitize_callback' => fn ($value) => $value === '1' ? '1' : '0',
    ]);
    add_settings_field(
        'lectern_view',
        __('Lectern', 'lectern'),
        function (): void {
            printf(
                '<input type="hidden" name="%1$s" value="0"><label><input type="checkbox" id="lectern_view" name="%1$s" value="1"%2$s> %3$s</label><p class="description">%4$s</p>',
                esc_attr(LECTERN_VIEW_OPTION),
                checked(get_option(LECTERN_VIEW_OPTION, '1'), '1', false),
                esc_html__('Show posts in Lectern', 'lectern'),
                esc_html__('Each post can choose otherwise in its Lectern box. Readers can always switch to the theme’s view.', 'lectern')
            );
        },
        'reading'
    );
});

add_action('add_meta_boxes_post', function (): void {
    add_meta_box('lectern', __('Lectern', 'lectern'), 'lectern_post_box', 'post', 'side');
});

/** The post's "Lectern" box: follow the site, always, or never. */
function lectern_post_box(WP_Post $post): void {
    wp_nonce_field('lectern_post_view', 'lectern_post_view_nonce');
    $chosen = get_post_meta($post->ID, LECTERN_POST_META, true);
    $choices = [
        '' => __('As the site chooses (Settings → Reading)', 'lectern'),
        'on' => __('Show this post in Lectern', 'lectern'),
        'off' => __('Show this post in the theme', 'lectern'),
    ];
    foreach ($choices as $value => $label) {
        printf(
            '<p><label><input type="radio" name="lectern_post_view" value="%s"%s> %s</label></p>',
            esc_attr($value),
            checked($chosen, $value, false),
            esc_html($label)
        );
    }
}

add_action('save_post_post', function (int $post_id): void {
    if (
        !isset($_POST['lectern_post_view_nonce'], $_POST['lectern_post_view'])
        || !wp_verify_nonce(sanitize_key(wp_unslash($_POST['lectern_post_view_nonce'])), 'lectern_post_view')
        || !current_user_can('edit_post', $post_id)
        || wp_is_post_revision($post_id)
    ) {
        return;
    }
    $value = sanitize_key(wp_unslash($_POST['lectern_post_view']));
    if ($value === 'on' || $value === 'off') {
        update_post_meta($post_id, LECTERN_POST_META, $value);
    } else {
        delete_post_meta($post_id, LECTERN_POST_META);
    }
});
