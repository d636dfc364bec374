<?php
/**
 * Plugin Name:       Lectern
 * Plugin URI:        https://github.com/lectern-reader/lectern
 * Description:       Shows your posts in Lectern: a reader with contents that follow the reader, long quotations folded with their source, and the conversation with a reply composer that previews the reply. Also a [lectern] shortcode to embed any post.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       lectern
 */

defined('ABSPATH') || exit;

const LECTERN_VIEW_OPTION = 'lectern_view';
const LECTERN_POST_META = '_lectern_view';

require_once __DIR__ . '/includes/copy.php';
require_once __DIR__ . '/includes/view.php';
require_once __DIR__ . '/includes/comments.php';
require_once __DIR__ . '/includes/shortcode.php';
if (is_admin()) {
    require_once __DIR__ . '/includes/admin.php';
}

/** The address of a file of the built reader shipped in the plugin's `reader/` folder. */
function lectern_asset_url(string $file): string {
    return plugins_url('reader/' . $file, __FILE__);
}

/** The address of one of the plugin's own files (its stylesheet). */
function lectern_plugin_url(string $file): string {
    return plugins_url($file, __FILE__);
}
