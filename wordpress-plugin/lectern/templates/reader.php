<?php
/**
 * A post in Lectern, at the post's own address. The reader (`<lectern-reader>`, from the plugin's
 * own files) reads the post and its thread from the site's REST API. Without JavaScript the
 * page still holds the post and its thread as WordPress renders them (filtered as a post's
 * HTML is for authors without `unfiltered_html`: no scripts, frames or handlers) and the site's
 * own comment form; with JavaScript that copy is never parsed (`<noscript>`), so nothing in it
 * loads twice.
 */

defined('ABSPATH') || exit;

$lectern_post = get_queried_object();
$lectern_theme_url = add_query_arg('lectern', 'off', get_permalink($lectern_post));
?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo('charset'); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?php echo esc_html(wp_get_document_title()); ?></title>
<link rel="canonical" href="<?php echo esc_url(get_permalink($lectern_post)); ?>">
<link rel="stylesheet" href="<?php echo esc_url(lectern_plugin_url('assets/page.css')); ?>">
<script type="module" src="<?php echo esc_url(lectern_asset_url('lectern-embed.js')); ?>"></script>
</head>
<body class="lectern-page">
<nav class="lectern-site" aria-label="<?php esc_attr_e('Site', 'lectern'); ?>">
  <a href="<?php echo esc_url(home_url('/')); ?>"><?php echo esc_html(get_bloginfo('name')); ?></a>
  <a class="lectern-theme-link" href="<?php echo esc_url($lectern_theme_url); ?>"><?php esc_html_e('View in the site’s theme', 'lectern'); ?></a>
</nav>
<?php echo lectern_reader_element($lectern_post, lectern_page_copy($lectern_post)); // phpcs:ignore WordPress.Security.EscapeOutput -- built escaped. ?>
</body>
</html>
